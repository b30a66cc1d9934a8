using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Methods the user declares to be assertions, whatever their body shows: those carrying an attribute named
    /// <c>AssertionMethod</c> (any namespace, e.g. JetBrains.Annotations) and those listed in the
    /// <see cref="TestModel.AssertionMethodsOption"/> analyzer config option.
    /// </summary>
    internal sealed class DeclaredAssertionMethods
    {
        private static readonly char[] Separators = { ',', ';', ' ', '\t', '\r', '\n' };

        private static readonly SymbolDisplayFormat QualifiedTypeName = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.None);

        private readonly ImmutableHashSet<string> names;

        private DeclaredAssertionMethods(ImmutableHashSet<string> names) => this.names = names;

        /// <summary>
        /// Reads the option from the global options (<c>.globalconfig</c>) and from the options of every file
        /// (<c>.editorconfig</c> sections), once per compilation; the union applies to the whole compilation because
        /// the option names callees, which are the same whichever file calls them.
        /// </summary>
        public static DeclaredAssertionMethods Read(Compilation compilation, AnalyzerOptions options)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            var names = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            Add(names, provider.GlobalOptions);
            foreach (var tree in compilation.SyntaxTrees)
            {
                Add(names, provider.GetOptions(tree));
            }

            return new DeclaredAssertionMethods(names.ToImmutable());
        }

        /// <summary>True when <paramref name="method"/> is declared an assertion by attribute or option.</summary>
        public bool IsDeclared(IMethodSymbol method)
        {
            method = FrameworkAssertions.Normalize(method);
            return HasAssertionMethodAttribute(method) || IsListed(method);
        }

        private bool IsListed(IMethodSymbol method)
        {
            if (names.IsEmpty || method.ContainingType is not { } type)
            {
                return false;
            }

            var typeName = type.ToDisplayString(QualifiedTypeName);
            return names.Contains(typeName) || names.Contains(typeName + "." + method.Name);
        }

        private static bool HasAssertionMethodAttribute(IMethodSymbol method)
        {
            foreach (var attribute in method.GetAttributes())
            {
                // An unresolved [AssertionMethod] is an error type named as written, so both spellings are accepted.
                if (attribute.AttributeClass?.Name is "AssertionMethodAttribute" or "AssertionMethod")
                {
                    return true;
                }
            }

            return false;
        }

        private static void Add(ImmutableHashSet<string>.Builder names, AnalyzerConfigOptions options)
        {
            if (!options.TryGetValue(TestModel.AssertionMethodsOption, out var value))
            {
                return;
            }

            foreach (var entry in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(entry.StartsWith("global::", StringComparison.Ordinal) ? entry.Substring("global::".Length) : entry);
            }
        }
    }
}
