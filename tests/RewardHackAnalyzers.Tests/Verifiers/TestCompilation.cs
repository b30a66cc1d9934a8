using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Testing;

namespace RewardHackAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// C# sources compiled against a <see cref="TestLibraries"/> reference set, with finders for the symbols and
    /// operations a model test asks about. Sources must compile unless the test is about broken code.
    /// </summary>
    public sealed class TestCompilation
    {
        private TestCompilation(Compilation compilation) => Compilation = compilation;

        public Compilation Compilation { get; }

        /// <summary>Compiles <paramref name="sources"/> (files <c>Source0.cs</c>, <c>Source1.cs</c>, …) and fails on any compiler error.</summary>
        public static async Task<TestCompilation> CompileAsync(ReferenceAssemblies references, params string[] sources)
        {
            var compiled = await CompileWithErrorsAsync(references, sources);
            var errors = compiled.Compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);
            Assert.Empty(errors);
            return compiled;
        }

        /// <summary>Compiles <paramref name="sources"/> that are meant to have errors (unresolved packages, code mid-edit).</summary>
        public static async Task<TestCompilation> CompileWithErrorsAsync(ReferenceAssemblies references, params string[] sources)
        {
            var metadata = await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
            var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Source{i}.cs"));
            return new TestCompilation(CSharpCompilation.Create(
                "Probe",
                trees,
                metadata,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)));
        }

        /// <summary>
        /// Compiles <paramref name="sources"/> with an extra reference to an assembly named <paramref name="assemblyName"/>
        /// (built in memory from <paramref name="assemblySource"/>), e.g. to stand in for a test platform assembly.
        /// </summary>
        public static async Task<TestCompilation> CompileWithAssemblyAsync(
            ReferenceAssemblies references, string assemblyName, string assemblySource, params string[] sources)
        {
            var metadata = await references.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
            var library = CSharpCompilation.Create(
                assemblyName,
                new[] { CSharpSyntaxTree.ParseText(assemblySource) },
                metadata,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var compiled = await CompileAsync(references, sources);
            return new TestCompilation(compiled.Compilation.AddReferences(library.ToMetadataReference()));
        }

        /// <summary>The source type whose metadata name is <paramref name="metadataName"/>.</summary>
        public INamedTypeSymbol Type(string metadataName)
        {
            var type = Compilation.GetTypeByMetadataName(metadataName);
            Assert.NotNull(type);
            return type;
        }

        /// <summary>The single method named <paramref name="name"/> of type <paramref name="typeMetadataName"/>.</summary>
        public IMethodSymbol Method(string typeMetadataName, string name) =>
            Assert.Single(Type(typeMetadataName).GetMembers(name).OfType<IMethodSymbol>());

        /// <summary>
        /// The operation of the invocation of a member named <paramref name="calledName"/> inside the method
        /// <paramref name="inMethod"/> (its <paramref name="occurrence"/>-th such call): an <see cref="IInvocationOperation"/>
        /// when it resolves, an <see cref="IInvalidOperation"/> when it does not.
        /// </summary>
        public IOperation Call(string inMethod, string calledName, int occurrence = 0)
        {
            var invocation = Declaration(inMethod).DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(call => CalledName(call.Expression) == calledName)
                .ElementAt(occurrence);
            var operation = Model(invocation).GetOperation(invocation);
            Assert.NotNull(operation);
            return operation;
        }

        /// <summary>Like <see cref="Call"/>, for a call that must resolve.</summary>
        public IInvocationOperation Invocation(string inMethod, string calledName, int occurrence = 0) =>
            Assert.IsAssignableFrom<IInvocationOperation>(Call(inMethod, calledName, occurrence));

        /// <summary>The single <c>throw</c> inside the method <paramref name="inMethod"/>.</summary>
        public IThrowOperation Throw(string inMethod)
        {
            var statement = Assert.Single(Declaration(inMethod).DescendantNodes().OfType<ThrowStatementSyntax>());
            return Assert.IsAssignableFrom<IThrowOperation>(Model(statement).GetOperation(statement));
        }

        /// <summary>The declaration of the single method or local function named <paramref name="name"/> in the sources.</summary>
        public SyntaxNode Declaration(string name) => Assert.Single(
            Compilation.SyntaxTrees.SelectMany(tree => tree.GetRoot().DescendantNodes()),
            node => node switch
            {
                MethodDeclarationSyntax method => method.Identifier.ValueText == name,
                LocalFunctionStatementSyntax local => local.Identifier.ValueText == name,
                _ => false,
            });

        private SemanticModel Model(SyntaxNode node) => Compilation.GetSemanticModel(node.SyntaxTree);

        private static string? CalledName(ExpressionSyntax expression) => expression switch
        {
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
