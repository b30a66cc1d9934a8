using System.Threading.Tasks;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    public class FrameworkDetectionTests
    {
        public static TheoryData<string, TestFrameworks> Frameworks => new()
        {
            { nameof(TestLibraries.Net80), TestFrameworks.None },
            { nameof(TestLibraries.XunitV2), TestFrameworks.XunitV2 },
            { nameof(TestLibraries.XunitV3), TestFrameworks.XunitV3 },
            { nameof(TestLibraries.NUnit3), TestFrameworks.NUnit },
            { nameof(TestLibraries.NUnit4), TestFrameworks.NUnit },
            { nameof(TestLibraries.MSTest), TestFrameworks.MSTest },
            { nameof(TestLibraries.TUnit), TestFrameworks.TUnit },
        };

        public static TheoryData<string, AssertionLibraries, MockingLibraries> Libraries => new()
        {
            { nameof(TestLibraries.Net80), AssertionLibraries.None, MockingLibraries.None },
            { nameof(TestLibraries.XunitV2), AssertionLibraries.None, MockingLibraries.None },
            { nameof(TestLibraries.FluentAssertions), AssertionLibraries.FluentAssertions, MockingLibraries.None },
            { nameof(TestLibraries.AwesomeAssertions), AssertionLibraries.AwesomeAssertions, MockingLibraries.None },
            { nameof(TestLibraries.Shouldly), AssertionLibraries.Shouldly, MockingLibraries.None },
            { nameof(TestLibraries.Moq), AssertionLibraries.None, MockingLibraries.Moq },
            { nameof(TestLibraries.NSubstitute), AssertionLibraries.None, MockingLibraries.NSubstitute },
            { nameof(TestLibraries.FakeItEasy), AssertionLibraries.None, MockingLibraries.FakeItEasy },
        };

        [Theory]
        [MemberData(nameof(Frameworks))]
        public async Task Detects_the_referenced_test_framework(string libraries, TestFrameworks expected)
        {
            var compilation = await TestCompilation.CompileAsync(TestModels.References(libraries), "class C { }");

            Assert.Equal(expected, KnownTestTypes.Resolve(compilation.Compilation).Frameworks);
            Assert.Equal(expected, compilation.Model().Frameworks);
            Assert.Equal(expected != TestFrameworks.None, compilation.Model().IsTestProject);
        }

        [Theory]
        [MemberData(nameof(Libraries))]
        public async Task Detects_the_referenced_assertion_and_mocking_libraries(string libraries, AssertionLibraries assertions, MockingLibraries mocks)
        {
            var model = (await TestCompilation.CompileAsync(TestModels.References(libraries), "class C { }")).Model();

            Assert.Equal(assertions, model.AssertionLibraries);
            Assert.Equal(mocks, model.MockingLibraries);
        }

        [Theory]
        [InlineData("Microsoft.Testing.Platform")]
        [InlineData("Microsoft.VisualStudio.TestPlatform.ObjectModel")]
        [InlineData("Microsoft.TestPlatform.CoreUtilities")]
        public async Task A_test_platform_assembly_makes_a_test_project_without_a_known_framework(string assemblyName)
        {
            var compilation = await TestCompilation.CompileWithAssemblyAsync(
                TestLibraries.Net80, assemblyName, "namespace Platform { public class Marker { } }", "class C { }");
            var model = compilation.Model();

            Assert.Equal(TestFrameworks.None, model.Frameworks);
            Assert.True(model.IsTestProject);
        }

        [Fact]
        public async Task An_unrelated_reference_does_not_make_a_test_project()
        {
            var compilation = await TestCompilation.CompileWithAssemblyAsync(
                TestLibraries.Net80, "Contoso.Testing.Helpers", "namespace Contoso { public class Marker { } }", "class C { }");

            Assert.False(compilation.Model().IsTestProject);
        }

        [Fact]
        public async Task A_source_declared_Xunit_Assert_does_not_replace_the_referenced_one()
        {
            var compilation = await TestCompilation.CompileAsync(
                TestLibraries.XunitV2,
                "namespace Xunit { public static class Assert { public static void Equal(int expected, int actual) { } } }");
            var resolved = compilation.Model().Types.XunitAssert;

            Assert.NotNull(resolved);
            Assert.Equal("xunit.assert", resolved.ContainingAssembly.Name);
        }

        [Fact]
        public async Task The_model_is_built_once_per_compilation()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, "class C { }");

            Assert.Same(compilation.Model(), compilation.Model());
        }
    }
}
