using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    public class TestMethodTests
    {
        // (reference set, usings, attribute list on the method "Subject" of class "Tests", is it a test)
        public static TheoryData<string, string, string, bool> Methods => new()
        {
            { nameof(TestLibraries.XunitV2), "using Xunit;", "[Fact]", true },
            { nameof(TestLibraries.XunitV2), "using Xunit;", "[Theory, InlineData(1)]", true },
            { nameof(TestLibraries.XunitV2), "using Xunit;", "[Trait(\"a\", \"b\")]", false },
            { nameof(TestLibraries.XunitV3), "using Xunit;", "[Fact]", true },
            { nameof(TestLibraries.XunitV3), "using Xunit;", "[Theory, InlineData(1)]", true },
            { nameof(TestLibraries.XunitV3), "using Xunit;", "[CulturedFact(new[] { \"en-US\" })]", true },
            { nameof(TestLibraries.NUnit3), "using NUnit.Framework;", "[Test]", true },
            { nameof(TestLibraries.NUnit3), "using NUnit.Framework;", "[TestCase(1)]", true },
            { nameof(TestLibraries.NUnit3), "using NUnit.Framework;", "[TestCaseSource(nameof(Cases))]", true },
            { nameof(TestLibraries.NUnit3), "using NUnit.Framework;", "[Theory]", true },
            { nameof(TestLibraries.NUnit3), "using NUnit.Framework;", "[SetUp]", false },
            { nameof(TestLibraries.NUnit4), "using NUnit.Framework;", "[Test]", true },
            { nameof(TestLibraries.NUnit4), "using NUnit.Framework;", "[TestCase(1)]", true },
            { nameof(TestLibraries.NUnit4), "using NUnit.Framework;", "[TestCaseSource(nameof(Cases))]", true },
            { nameof(TestLibraries.NUnit4), "using NUnit.Framework;", "[Combinatorial]", true },
            { nameof(TestLibraries.NUnit4), "using NUnit.Framework;", "[OneTimeSetUp]", false },
            { nameof(TestLibraries.MSTest), "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestMethod]", true },
            { nameof(TestLibraries.MSTest), "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[DataTestMethod, DataRow(1)]", true },
            { nameof(TestLibraries.MSTest), "using Microsoft.VisualStudio.TestTools.UnitTesting;", "[TestInitialize]", false },
            { nameof(TestLibraries.TUnit), "using TUnit.Core;", "[Test]", true },
            { nameof(TestLibraries.TUnit), "using TUnit.Core;", "[Test, Arguments(1)]", true },
            { nameof(TestLibraries.TUnit), "using TUnit.Core;", "[Before(HookType.Test)]", false },
            { nameof(TestLibraries.TUnit), "using TUnit.Core;", "[DynamicTestBuilder]", false },
            { nameof(TestLibraries.Net80), "using System;", "[Obsolete]", false },
            { nameof(TestLibraries.Net80), "using System;", "", false },
        };

        [Theory]
        [MemberData(nameof(Methods))]
        public async Task Recognises_test_methods_by_their_attributes(string libraries, string usings, string attributes, bool expected)
        {
            var compilation = await TestCompilation.CompileAsync(TestModels.References(libraries), $$"""
                {{usings}}
                public class Tests
                {
                    public static object[] Cases => new object[] { 1 };
                    {{attributes}} public void Subject(int value = 0) { }
                }
                """);

            Assert.Equal(expected, compilation.Model().IsTestMethod(compilation.Method("Tests", "Subject")));
        }

        // A custom attribute derived from the framework's (xunit.analyzers and NUnit document the pattern) is a test.
        // TUnit has none: its TestAttribute is sealed and its base's constructor internal.
        [Theory]
        [InlineData(nameof(TestLibraries.XunitV2), "Xunit.FactAttribute")]
        [InlineData(nameof(TestLibraries.XunitV3), "Xunit.FactAttribute")]
        [InlineData(nameof(TestLibraries.XunitV3), "Xunit.TheoryAttribute")]
        [InlineData(nameof(TestLibraries.NUnit4), "NUnit.Framework.TestAttribute")]
        [InlineData(nameof(TestLibraries.MSTest), "Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute")]
        public async Task A_custom_attribute_derived_from_a_test_attribute_makes_a_test(string libraries, string baseAttribute)
        {
            var compilation = await TestCompilation.CompileAsync(TestModels.References(libraries), $$"""
                public sealed class MyFactAttribute : {{baseAttribute}} { }
                public class Tests
                {
                    [MyFact] public void Subject() { }
                    public void Helper() { }
                }
                """);
            var model = compilation.Model();

            Assert.True(model.IsTestMethod(compilation.Method("Tests", "Subject")));
            Assert.False(model.IsTestMethod(compilation.Method("Tests", "Helper")));
            Assert.True(model.IsTestClass(compilation.Type("Tests")));
        }

        [Fact]
        public async Task An_xunit_v3_attribute_implementing_IFactAttribute_makes_a_test()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV3, """
                using System;
                public sealed class ScenarioAttribute : Attribute, Xunit.v3.IFactAttribute
                {
                    public string? DisplayName => null;
                    public bool Explicit => false;
                    public string? Skip => null;
                    public Type[]? SkipExceptions => null;
                    public Type? SkipType => null;
                    public string? SkipUnless => null;
                    public string? SkipWhen => null;
                    public string? SourceFilePath => null;
                    public int? SourceLineNumber => null;
                    public int Timeout => 0;
                }
                public class Tests { [Scenario] public void Subject() { } }
                """);

            Assert.True(compilation.Model().IsTestMethod(compilation.Method("Tests", "Subject")));
        }

        [Fact]
        public async Task A_method_named_Test_in_a_project_without_a_framework_is_not_a_test()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.Net80, """
                public class TestAttribute : System.Attribute { }
                public class FactAttribute : System.Attribute { }
                public class Tests
                {
                    public void Test() { }
                    [Test] public void Marked() { }
                    [Fact] public void AlsoMarked() { }
                }
                """);
            var model = compilation.Model();

            Assert.False(model.IsTestProject);
            Assert.False(model.IsTestMethod(compilation.Method("Tests", "Test")));
            Assert.False(model.IsTestMethod(compilation.Method("Tests", "Marked")));
            Assert.False(model.IsTestMethod(compilation.Method("Tests", "AlsoMarked")));
            Assert.False(model.IsTestClass(compilation.Type("Tests")));
        }

        [Fact]
        public async Task An_unresolved_test_attribute_falls_back_to_its_name()
        {
            var compilation = await TestCompilation.CompileWithErrorsAsync(TestLibraries.Net80, """
                using Xunit;
                using NUnit.Framework;
                [TestFixture]
                public class Fixture { }
                public class Tests
                {
                    [Fact] public void ByFact() { }
                    [TestCaseAttribute(1)] public void ByTestCase(int value) { }
                    [Benchmark] public void NotATest() { }
                }
                """);
            var model = compilation.Model();

            Assert.True(model.IsTestMethod(compilation.Method("Tests", "ByFact")));
            Assert.True(model.IsTestMethod(compilation.Method("Tests", "ByTestCase")));
            Assert.False(model.IsTestMethod(compilation.Method("Tests", "NotATest")));
            Assert.True(model.IsTestClass(compilation.Type("Fixture")));
        }

        public static TheoryData<string, string> Fixtures => new()
        {
            { nameof(TestLibraries.NUnit3), "[NUnit.Framework.TestFixture]" },
            { nameof(TestLibraries.NUnit4), "[NUnit.Framework.TestFixtureSource(nameof(Sources))]" },
            { nameof(TestLibraries.MSTest), "[Microsoft.VisualStudio.TestTools.UnitTesting.TestClass]" },
        };

        [Theory]
        [MemberData(nameof(Fixtures))]
        public async Task A_fixture_attribute_makes_a_test_class_even_without_tests(string libraries, string attribute)
        {
            var compilation = await TestCompilation.CompileAsync(TestModels.References(libraries), $$"""
                {{attribute}}
                public class Fixture { public static object[] Sources => new object[0]; public Fixture(int value = 0) { } }
                public class Plain { public void Test() { } }
                """);
            var model = compilation.Model();

            Assert.True(model.IsTestClass(compilation.Type("Fixture")));
            Assert.False(model.IsTestClass(compilation.Type("Plain")));
        }

        [Fact]
        public async Task A_class_inheriting_test_methods_is_a_test_class()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                public abstract class ContractTests { [Xunit.Fact] public void Holds() { } }
                public class ListContractTests : ContractTests { }
                public class Unrelated { public void Holds() { } }
                """);
            var model = compilation.Model();

            Assert.True(model.IsTestClass(compilation.Type("ContractTests")));
            Assert.True(model.IsTestClass(compilation.Type("ListContractTests")));
            Assert.False(model.IsTestClass(compilation.Type("Unrelated")));
        }

        [Fact]
        public async Task Local_functions_and_constructors_are_not_tests()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                public class Tests { public Tests() { } [Xunit.Fact] public void Subject() { } }
                """);
            var constructor = Assert.Single(compilation.Type("Tests").InstanceConstructors);

            Assert.False(compilation.Model().IsTestMethod(constructor));
        }
    }
}
