using System.Collections.Generic;
using System.Linq;
using Xunit.Sdk;

namespace RewardHackAnalyzers.Tests.EndToEnd
{
    /// <summary>Compares the diagnostics of a build with the expected set, and on a mismatch shows the build's output.</summary>
    internal static class DiagnosticAssert
    {
        public static void Exactly(IEnumerable<BuildDiagnostic> expected, IEnumerable<BuildDiagnostic> actual, DotnetResult build)
        {
            var wanted = expected.ToHashSet();
            var found = actual.ToHashSet();
            if (wanted.SetEquals(found))
            {
                return;
            }

            throw new XunitException(
                "The build's diagnostics differ from the expected set.\n" +
                $"Missing:\n{List(wanted.Except(found))}\nUnexpected:\n{List(found.Except(wanted))}\n{build.Describe()}");
        }

        private static string List(IEnumerable<BuildDiagnostic> diagnostics) =>
            string.Concat(diagnostics.Select(d => $"  {d}\n")) is { Length: > 0 } list ? list : "  (none)\n";
    }
}
