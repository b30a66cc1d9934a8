using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Equality
{
    /// <summary>A compiled C# snippet for unit tests of the equality helpers; the snippet must compile without errors.</summary>
    internal sealed class Compiled
    {
        private Compiled(Compilation compilation) => Compilation = compilation;

        public Compilation Compilation { get; }

        public static async Task<Compiled> FromAsync(string source, ReferenceAssemblies? references = null)
        {
            var metadata = await (references ?? TestLibraries.Net80).ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var compilation = CSharpCompilation.Create(
                "Snippet",
                new[] { CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest)) },
                metadata,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            return new Compiled(compilation);
        }

        public INamedTypeSymbol Type(string metadataName) =>
            Compilation.GetTypeByMetadataName(metadataName) ?? throw new Xunit.Sdk.XunitException("no type " + metadataName);

        public IMethodSymbol Method(string typeName, string methodName) =>
            Type(typeName).GetMembers(methodName).OfType<IMethodSymbol>().Single();

        /// <summary>The body of <paramref name="typeName"/>.<paramref name="methodName"/> as MethodBodies binds it.</summary>
        public IOperation Body(string typeName, string methodName) =>
            MethodBodies.For(Compilation).Body(Method(typeName, methodName), CancellationToken.None)
                ?? throw new Xunit.Sdk.XunitException("no body for " + methodName);
    }
}
