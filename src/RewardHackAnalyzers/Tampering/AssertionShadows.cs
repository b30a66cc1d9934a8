using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>What RH0301 asks of a type or method that stands where the framework's assertion API should be.</summary>
    internal sealed class AssertionShadows
    {
        private readonly TestModel model;
        private readonly Compilation compilation;
        private readonly MethodBodies bodies;
        private readonly ForwardingStandIns forwarding;

        public AssertionShadows(TestModel model, Compilation compilation)
        {
            this.model = model;
            this.compilation = compilation;
            bodies = MethodBodies.For(compilation);
            forwarding = new ForwardingStandIns(model, compilation);
        }

        /// <summary>
        /// True for a non-generic type of this compilation, in a test project, named like a framework assertion entry
        /// point the compilation references, that is neither that framework type (a source-only package such as
        /// xunit.assert.source ships it as source) nor derived from it (an extension keeps the framework's members; a
        /// member it hides is judged at its calls) nor a wrapper whose every member forwards to the framework.
        /// </summary>
        public bool IsShadowingDeclaration(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (!model.IsTestProject
                || type.Arity != 0
                || !SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, compilation.Assembly)
                || !model.IsAssertionEntryPointName(type.Name)
                || model.IsAssertionEntryPoint(type))
            {
                return false;
            }

            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.Name == type.Name && model.IsAssertionEntryPoint(current))
                {
                    return false;
                }
            }

            return !forwarding.Forwards(type, cancellationToken);
        }

        /// <summary>
        /// True when a using alias may point an entry point's name at <paramref name="target"/>: the framework's own
        /// entry point, or a source wrapper whose every member forwards to the framework (<c>using Throws = Throws;</c>
        /// to prefer a project's forwarding <c>Throws</c> over NUnit's).
        /// </summary>
        public bool IsHarmlessAliasTarget(INamedTypeSymbol target, CancellationToken cancellationToken) =>
            model.IsAssertionEntryPoint(target)
            || (SymbolEqualityComparer.Default.Equals(target.ContainingAssembly, compilation.Assembly) && forwarding.Forwards(target, cancellationToken));

        /// <summary>
        /// True unless the method is visibly unable to fail a test: a framework assertion or a user assertion helper can
        /// fail, and so can a source method that throws; a method of another assembly that is not the framework's is
        /// given the benefit of the doubt, because its body cannot be seen.
        /// </summary>
        public bool CanFail(IMethodSymbol method, CancellationToken cancellationToken)
        {
            if (model.IsFrameworkAssertion(method) || model.IsAssertionHelper(method, cancellationToken))
            {
                return true;
            }

            if (bodies.Body(method, cancellationToken) is not { } body)
            {
                return true;
            }

            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is IThrowOperation)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
