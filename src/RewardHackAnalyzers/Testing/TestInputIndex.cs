using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Every test input known to one compilation, by method and parameter: those its own tests pass
    /// (<see cref="TestInputs.Collect"/>) and those the test-inputs file lists (<see cref="TestInputs.Read"/>).
    /// Built on first use and shared by every rule.
    /// </summary>
    internal sealed class TestInputIndex
    {
        private static readonly ConditionalWeakTable<Compilation, TestInputIndex> Cache = new();

        private readonly Dictionary<(string MethodId, int Parameter), ImmutableArray<TestInput>> byParameter;

        private TestInputIndex(IEnumerable<TestInput> inputs)
        {
            byParameter = inputs
                .Distinct()
                .GroupBy(i => (i.MethodId, i.ParameterIndex))
                .ToDictionary(g => g.Key, g => g.ToImmutableArray());
        }

        /// <summary>
        /// The index of <paramref name="compilation"/>. Collecting binds the test methods, so call it only once a rule
        /// has a candidate; a cancelled build caches nothing.
        /// </summary>
        public static TestInputIndex For(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            if (Cache.TryGetValue(compilation, out var known))
            {
                return known;
            }

            var model = TestModel.For(compilation, options);
            var own = model.IsTestProject ? TestInputs.Collect(compilation, options, cancellationToken) : ImmutableArray<TestInput>.Empty;
            var index = new TestInputIndex(own.Concat(TestInputs.Read(options, cancellationToken)));
            return Cache.GetValue(compilation, _ => index);
        }

        /// <summary>The inputs tests pass as parameter <paramref name="ordinal"/> of <paramref name="method"/>.</summary>
        public ImmutableArray<TestInput> Of(IMethodSymbol method, int ordinal) =>
            method.OriginalDefinition.GetDocumentationCommentId() is { } id && byParameter.TryGetValue((id, ordinal), out var inputs)
                ? inputs
                : ImmutableArray<TestInput>.Empty;
    }
}
