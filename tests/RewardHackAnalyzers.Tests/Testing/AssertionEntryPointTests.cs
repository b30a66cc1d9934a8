using System.Linq;
using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    /// <summary>The framework assertion entry points the model resolves, and how it tells them from namesakes.</summary>
    public class AssertionEntryPointTests
    {
        [Theory]
        [InlineData(nameof(TestLibraries.XunitV2), "Assert")]
        [InlineData(nameof(TestLibraries.XunitV3), "Assert")]
        [InlineData(nameof(TestLibraries.NUnit3), "Assert,CollectionAssert,DirectoryAssert,Does,FileAssert,Has,Is,StringAssert,Throws")]
        [InlineData(nameof(TestLibraries.NUnit4), "Assert,ClassicAssert,CollectionAssert,DirectoryAssert,Does,FileAssert,Has,Is,StringAssert,Throws")]
        [InlineData(nameof(TestLibraries.MSTest), "Assert,CollectionAssert,StringAssert")]
        [InlineData(nameof(TestLibraries.TUnit), "Assert")]
        [InlineData(nameof(TestLibraries.Net80), "")]
        public async Task Entry_points_are_the_referenced_frameworks_types(string libraries, string names)
        {
            var compiled = await TestCompilation.CompileAsync(TestModels.References(libraries), "public class Probe { }");

            var resolved = compiled.Model().AssertionEntryPoints.Select(t => t.Name).OrderBy(n => n, System.StringComparer.Ordinal);

            Assert.Equal(names, string.Join(",", resolved));
        }

        [Fact]
        public async Task A_namesake_in_source_is_not_an_entry_point_but_shares_its_name()
        {
            var compiled = await TestCompilation.CompileAsync(TestLibraries.NUnit4, "namespace Shop.Tests { public static class Is { } }");
            var model = compiled.Model();

            Assert.False(model.IsAssertionEntryPoint(compiled.Type("Shop.Tests.Is")));
            Assert.True(model.IsAssertionEntryPoint(compiled.Compilation.GetTypeByMetadataName("NUnit.Framework.Is")!));
            Assert.True(model.IsAssertionEntryPointName("Is"));
            Assert.False(model.IsAssertionEntryPointName("AssertEx"));
        }

        [Theory]
        [InlineData("Assert", true)]
        [InlineData("ClassicAssert", true)]
        [InlineData("FileAssert", true)]
        [InlineData("Is", false)]
        [InlineData("AssertEx", false)]
        public void Assert_type_names_are_the_fallback_shapes(string name, bool expected) =>
            Assert.Equal(expected, RewardHackAnalyzers.Testing.AssertionNames.IsAssertTypeName(name));
    }
}
