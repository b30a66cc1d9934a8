using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Computes <see cref="TestFingerprint"/>s from a compilation and its <see cref="TestModel"/>. Deterministic: the same
    /// source gives the same fingerprints, in the same order, whatever the thread or the run.
    /// </summary>
    public static class TestFingerprints
    {
        private static readonly ImmutableHashSet<string> DynamicDataAttributes = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "MemberDataAttribute", "ClassDataAttribute", "TestCaseSourceAttribute", "ValueSourceAttribute", "DynamicDataAttribute",
            "MethodDataSourceAttribute", "ClassDataSourceAttribute", "TheoryDataAttribute");

        private static readonly SymbolDisplayFormat TypeFormat = new(
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

        // The abstract source types some concrete source type derives from: their tests run through the derived class.
        private static readonly ConditionalWeakTable<Compilation, ImmutableHashSet<INamedTypeSymbol>> InheritedBases = new();

        /// <summary>The fingerprint of every test method declared in the compilation's source, ordered by id, file and line.</summary>
        public static ImmutableArray<TestFingerprint> Compute(TestModel model, CancellationToken cancellationToken)
        {
            var found = new List<TestFingerprint>();
            foreach (var method in SourceMethods(model.Compilation, cancellationToken))
            {
                if (model.IsTestMethod(method))
                {
                    found.Add(Of(model, method, cancellationToken));
                }
            }

            return found
                .OrderBy(f => f.Id, StringComparer.Ordinal)
                .ThenBy(f => f.FilePath, StringComparer.Ordinal)
                .ThenBy(f => f.Line)
                .ToImmutableArray();
        }

        /// <summary>Every ordinary method declared in the compilation's source, in file and position order.</summary>
        public static IEnumerable<IMethodSymbol> SourceMethods(Compilation compilation, CancellationToken cancellationToken)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                var semanticModel = compilation.GetSemanticModel(tree);
                foreach (var declaration in tree.GetRoot(cancellationToken).DescendantNodes().OfType<MethodDeclarationSyntax>())
                {
                    if (semanticModel.GetDeclaredSymbol(declaration, cancellationToken) is { MethodKind: MethodKind.Ordinary } method)
                    {
                        yield return method;
                    }
                }
            }
        }

        /// <summary>The fully qualified id of a method: <c>Namespace.Class.Method</c>, no parameter list.</summary>
        public static string IdOf(IMethodSymbol method) => method.ContainingType.ToDisplayString(TypeFormat) + "." + method.Name;

        /// <summary>The fingerprint of <paramref name="method"/>, a source method (a test, or one that used to be).</summary>
        public static TestFingerprint Of(TestModel model, IMethodSymbol method, CancellationToken cancellationToken)
        {
            var declaration = method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) as MethodDeclarationSyntax;
            var location = declaration?.Identifier.GetLocation().GetLineSpan();
            var disabled = DisabledTests.Find(method, model.Types, cancellationToken)
                .Concat(DisabledTests.Find(method.ContainingType, model.Types, cancellationToken))
                .ToList();
            var body = MethodBodies.For(model.Compilation).Body(method, cancellationToken);
            var walker = new TestFingerprintAssertions(model, cancellationToken);
            return new TestFingerprint(
                IdOf(method),
                location?.Path ?? string.Empty,
                (location?.StartLinePosition.Line ?? -1) + 1,
                Discoverability(model, method),
                disabled.Select(d => d.Reason).FirstOrDefault(r => r is not null),
                disabled.Count > 0,
                new DataRows(model.Compilation).Of(method).Select(Row).ToImmutableArray(),
                method.GetAttributes().Any(a => a.AttributeClass is { } type && DynamicDataAttributes.Contains(type.Name)),
                method.Parameters.Select(p => p.Name).ToImmutableArray(),
                body is null ? ImmutableArray<TestFingerprintAssertion>.Empty : walker.Of(body, method),
                declaration is null ? string.Empty : Normalize(declaration.Body ?? (SyntaxNode?)declaration.ExpressionBody),
                body is null ? ImmutableArray<string>.Empty : ReferencedTypes(body, method));
        }

        /// <summary>The tokens of <paramref name="node"/> joined by single spaces: equal for code that differs only in layout and comments.</summary>
        public static string Normalize(SyntaxNode? node) =>
            node is null ? string.Empty : string.Join(" ", node.DescendantTokens().Select(t => t.Text));

        /// <summary>A constant as C# text, the way rows and expected values are recorded.</summary>
        public static string Text(TypedConstant constant) => constant.IsNull ? "null" : constant.ToCSharpString();

        /// <summary>A constant value as C# text.</summary>
        public static string Text(object? value) => value switch
        {
            null => "null",
            string text => SymbolDisplay.FormatLiteral(text, quote: true),
            char character => SymbolDisplay.FormatLiteral(character, quote: true),
            bool flag => flag ? "true" : "false",
            IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

        private static string Row(ImmutableArray<TypedConstant> values) => "(" + string.Join(", ", values.Select(Text)) + ")";

        private static TestDiscoverability Discoverability(TestModel model, IMethodSymbol method)
        {
            if (!model.IsTestMethod(method))
            {
                return TestDiscoverability.NoTestAttribute;
            }

            for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            {
                if (type.DeclaredAccessibility != Accessibility.Public)
                {
                    return TestDiscoverability.NotPublic;
                }
            }

            if (method.DeclaredAccessibility != Accessibility.Public)
            {
                return TestDiscoverability.NotPublic;
            }

            var inherited = InheritedBases.GetValue(model.Compilation, ConcreteTypesBases);
            return method.ContainingType.IsAbstract && !method.ContainingType.IsStatic && !inherited.Contains(method.ContainingType)
                ? TestDiscoverability.AbstractClass
                : TestDiscoverability.Discoverable;
        }

        private static ImmutableHashSet<INamedTypeSymbol> ConcreteTypesBases(Compilation compilation)
        {
            var bases = ImmutableHashSet.CreateBuilder<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(compilation.Assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                foreach (var member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceOrTypeSymbol container)
                    {
                        pending.Push(container);
                    }

                    if (member is INamedTypeSymbol { IsAbstract: false } type)
                    {
                        for (var current = type.BaseType; current is not null; current = current.BaseType)
                        {
                            bases.Add(current.OriginalDefinition);
                        }
                    }
                }
            }

            return bases.ToImmutable();
        }

        // The source types the body reaches (other than the test's own class): what the test exercises.
        private static ImmutableArray<string> ReferencedTypes(IOperation body, IMethodSymbol method)
        {
            var types = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var operation in body.DescendantsAndSelf())
            {
                var type = operation switch
                {
                    IInvocationOperation invocation => invocation.TargetMethod.ContainingType,
                    IObjectCreationOperation creation => creation.Type as INamedTypeSymbol,
                    IMemberReferenceOperation reference => reference.Member.ContainingType,
                    _ => null,
                };
                if (type is not null && type.Locations.Any(l => l.IsInSource)
                    && !SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, method.ContainingType.OriginalDefinition))
                {
                    types.Add(type.OriginalDefinition.ToDisplayString(TypeFormat));
                }
            }

            return types.ToImmutableArray();
        }
    }
}
