using System;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// The naming convention for "does not throw" smoke tests, which legitimately assert nothing: the test passes when
    /// the code under test runs to the end. Its name must say so, so that a reviewer reading the name knows what the
    /// test does and does not check.
    /// </summary>
    internal sealed class SmokeTestNames
    {
        private static readonly ImmutableArray<string> Fragments = ImmutableArray.Create(
            "DoesNotThrow", "DoesntThrow", "NotThrow", "NoThrow", "NoException", "WithoutException", "WithoutThrowing", "Smoke");

        // A user pattern that backtracks catastrophically must not stall the compiler.
        private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

        private readonly ImmutableArray<Regex> patterns;

        private SmokeTestNames(ImmutableArray<Regex> patterns) => this.patterns = patterns;

        /// <summary>Reads <see cref="TestModel.SmokeTestNamePatternOption"/> from the global options and every file's options.</summary>
        public static SmokeTestNames Read(Compilation compilation, AnalyzerOptions options)
        {
            var provider = options.AnalyzerConfigOptionsProvider;
            var patterns = ImmutableArray.CreateBuilder<Regex>();
            Add(patterns, provider.GlobalOptions);
            foreach (var tree in compilation.SyntaxTrees)
            {
                Add(patterns, provider.GetOptions(tree));
            }

            return new SmokeTestNames(patterns.ToImmutable());
        }

        public bool IsSmokeTest(IMethodSymbol method, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return HasFragment(method.Name) || HasFragment(method.ContainingType?.Name ?? string.Empty) || MatchesPattern(method.Name);
        }

        private static bool HasFragment(string name)
        {
            var compact = name.Replace("_", string.Empty);
            foreach (var fragment in Fragments)
            {
                if (compact.IndexOf(fragment, StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private bool MatchesPattern(string name)
        {
            foreach (var pattern in patterns)
            {
                try
                {
                    if (pattern.IsMatch(name))
                    {
                        return true;
                    }
                }
                catch (RegexMatchTimeoutException)
                {
                    // A pattern too slow to answer names nothing.
                }
            }

            return false;
        }

        private static void Add(ImmutableArray<Regex>.Builder patterns, AnalyzerConfigOptions options)
        {
            if (!options.TryGetValue(TestModel.SmokeTestNamePatternOption, out var value) || string.IsNullOrWhiteSpace(value))
            {
                return;
            }

            foreach (var existing in patterns)
            {
                if (existing.ToString() == value)
                {
                    return;
                }
            }

            try
            {
                patterns.Add(new Regex(value, RegexOptions.CultureInvariant, MatchTimeout));
            }
            catch (ArgumentException)
            {
                // An invalid pattern names nothing; the convention still applies.
            }
        }
    }
}
