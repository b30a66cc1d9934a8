using System;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RewardHackAnalyzers.Catalog;

namespace RewardHackAnalyzers.Tests.Compatibility
{
    /// <summary>
    /// This suite runs twice: on the Roslyn the analyzers are compiled against (RewardHackAnalyzers.Tests) and on the
    /// newest one served (RewardHackAnalyzers.Tests.LatestRoslyn). Each run proves it is on the compiler it claims —
    /// otherwise a package resolution change could silently turn the second run into a copy of the first.
    /// </summary>
    public class RoslynVersionTests
    {
        /// <summary>The Roslyn package version the test project references (its csproj's RoslynUnderTest).</summary>
        private static Version RoslynUnderTest =>
            Version.Parse(typeof(RoslynVersionTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "RoslynUnderTest").Value!);

        [Fact]
        public void The_compiler_and_workspaces_loaded_are_the_roslyn_under_test()
        {
            // Roslyn's assembly version is major.minor.0.0 of its package version.
            var expected = new Version(RoslynUnderTest.Major, RoslynUnderTest.Minor, 0, 0);

            Assert.Equal(expected, typeof(Compilation).Assembly.GetName().Version);
            Assert.Equal(expected, typeof(CSharpCompilation).Assembly.GetName().Version);
            Assert.Equal(expected, typeof(Workspace).Assembly.GetName().Version);
            Assert.Equal(expected, typeof(Microsoft.CodeAnalysis.CSharp.Formatting.CSharpFormattingOptions).Assembly.GetName().Version);
        }

        [Fact]
        public void The_analyzers_and_fixes_are_compiled_against_the_floor_whichever_roslyn_runs_them()
        {
            var floor = new Version(4, 8, 0, 0);

            Assert.Equal(floor, ReferencedRoslyn(typeof(Rules).Assembly, "Microsoft.CodeAnalysis"));
            Assert.Equal(floor, ReferencedRoslyn(typeof(CodeFixes.Equality.CompareAllStateCodeFix).Assembly, "Microsoft.CodeAnalysis.Workspaces"));
            Assert.True(typeof(Compilation).Assembly.GetName().Version >= floor);
        }

        private static Version? ReferencedRoslyn(Assembly assembly, string name) =>
            assembly.GetReferencedAssemblies().Single(a => a.Name == name).Version;
    }
}
