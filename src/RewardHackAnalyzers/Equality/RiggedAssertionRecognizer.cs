using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Equality
{
    /// <summary>
    /// Finds RH0004's shape in one call: a framework assertion (recognised by its symbol, never by name alone) handed a
    /// comparer, predicate, element inspector or equivalency option that always succeeds. One instance per compilation.
    /// </summary>
    internal sealed class RiggedAssertionRecognizer
    {
        private readonly ImmutableArray<INamedTypeSymbol> assertTypes;
        private readonly ImmutableArray<IAssemblySymbol> fluentLibraries;
        private readonly NUnitConstraintRigging? nunit;
        private readonly EquivalencyOptionsRigging equivalency;
        private readonly RiggedArguments arguments;

        private RiggedAssertionRecognizer(Compilation compilation, KnownTestTypes types)
        {
            arguments = new RiggedArguments(compilation, types);
            assertTypes = NonNull(types.XunitAssert, types.MSTestAssert, types.MSTestCollectionAssert, types.NUnitCollectionAssert);
            fluentLibraries = NonNull(types.FluentAssertionExtensions, types.AwesomeAssertionExtensions).Select(t => t.ContainingAssembly).ToImmutableArray();
            nunit = types.NUnitIs?.ContainingAssembly is { } nunitAssembly ? new NUnitConstraintRigging(nunitAssembly, arguments) : null;
            equivalency = new EquivalencyOptionsRigging(compilation, types.FluentEquivalencyOptions, types.AwesomeEquivalencyOptions, arguments);
        }

        /// <summary>The recogniser for <paramref name="compilation"/>, or null when it references no assertion library RH0004 knows.</summary>
        public static RiggedAssertionRecognizer? Create(Compilation compilation, AnalyzerOptions options)
        {
            var recognizer = new RiggedAssertionRecognizer(compilation, TestModel.For(compilation, options).Types);
            return recognizer.assertTypes.IsEmpty && recognizer.fluentLibraries.IsEmpty && recognizer.nunit is null ? null : recognizer;
        }

        public RiggedAssertionFinding? Find(IInvocationOperation call, CancellationToken cancellationToken)
        {
            var method = call.TargetMethod;
            if (IsAssertType(method.ContainingType))
            {
                return FindInArguments(call, fluent: false, cancellationToken);
            }

            if (IsFluentLibrary(method.ContainingAssembly))
            {
                return FindInArguments(call, fluent: true, cancellationToken);
            }

            return nunit is not null && nunit.Owns(method) ? nunit.Find(call, cancellationToken) : null;
        }

        private RiggedAssertionFinding? FindInArguments(IInvocationOperation call, bool fluent, CancellationToken cancellationToken)
        {
            var polarity = AssertionArgumentRoles.PolarityOf(call.TargetMethod);
            if (polarity == AssertionPolarity.None)
            {
                return null;
            }

            foreach (var argument in call.Arguments)
            {
                if (argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is not { } parameter)
                {
                    continue;
                }

                if (fluent && polarity == AssertionPolarity.PassesOnMatch && equivalency.Find(argument, cancellationToken) is { } options)
                {
                    return options;
                }

                var role = arguments.Roles.RoleOf(parameter.Type);
                if (arguments.Describe(argument.Value, role, polarity, cancellationToken) is { } description)
                {
                    // Dropping a comparer leaves the default equality; dropping a predicate or inspector leaves no assertion.
                    return role == ArgumentRole.Comparer
                        ? RiggedAssertionFinding.ByRemovingArgument(argument, description)
                        : RiggedAssertionFinding.Unfixable(argument.Value, description);
                }
            }

            return null;
        }

        private bool IsAssertType(INamedTypeSymbol? type)
        {
            foreach (var assertType in assertTypes)
            {
                if (SymbolEqualityComparer.Default.Equals(type, assertType))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsFluentLibrary(IAssemblySymbol? assembly)
        {
            foreach (var library in fluentLibraries)
            {
                if (SymbolEqualityComparer.Default.Equals(assembly, library))
                {
                    return true;
                }
            }

            return false;
        }

        private static ImmutableArray<INamedTypeSymbol> NonNull(params INamedTypeSymbol?[] types)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>(types.Length);
            foreach (var type in types)
            {
                if (type is not null)
                {
                    builder.Add(type);
                }
            }

            return builder.ToImmutable();
        }
    }
}
