using System.Threading.Tasks;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    public class DeclaredAssertionTests
    {
        private const string Checks = """
            namespace Acme
            {
                public static class Checks
                {
                    public static void Verify(bool condition) { if (!condition) throw new System.InvalidOperationException(); }
                    public static void Log(bool condition) { }
                }
                public static class Expectations
                {
                    public static void Holds(bool condition) { if (!condition) throw new System.InvalidOperationException(); }
                }
                public static class Nested { public static class Inner { public static void Check(bool condition) { } } }
            }
            """;

        [Fact]
        public async Task A_method_with_an_attribute_named_AssertionMethod_is_an_assertion()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                namespace JetBrains.Annotations { public sealed class AssertionMethodAttribute : System.Attribute { } }
                namespace Acme
                {
                    using JetBrains.Annotations;
                    public static class Guard
                    {
                        [AssertionMethod] public static void That(bool condition) { if (!condition) throw new System.InvalidOperationException(); }
                        public static void Twice(bool condition) { That(condition); That(condition); }
                        public static void Unmarked(bool condition) { if (!condition) throw new System.InvalidOperationException(); }
                    }
                    public class Tests { [Xunit.Fact] public void Subject() => Guard.That(true); }
                }
                """);
            var model = compilation.Model();

            Assert.True(model.IsAssertionHelper(compilation.Method("Acme.Guard", "That"), default));
            Assert.True(model.IsAssertion(compilation.Invocation("Subject", "That"), default));
            Assert.True(model.IsAssertionHelper(compilation.Method("Acme.Guard", "Twice"), default));
            Assert.False(model.IsAssertionHelper(compilation.Method("Acme.Guard", "Unmarked"), default));
        }

        [Fact]
        public async Task An_unresolved_AssertionMethod_attribute_still_declares_an_assertion()
        {
            var compilation = await TestCompilation.CompileWithErrorsAsync(TestLibraries.Net80, """
                using JetBrains.Annotations;
                public static class Guard { [AssertionMethod] public static void That(bool condition) { } }
                """);

            Assert.True(compilation.Model().IsAssertionHelper(compilation.Method("Guard", "That"), default));
        }

        [Fact]
        public async Task A_Conditional_method_stays_no_assertion_even_when_declared_one()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.Net80, """
                public sealed class AssertionMethodAttribute : System.Attribute { }
                public static class Guard
                {
                    [AssertionMethod, System.Diagnostics.Conditional("DEBUG")] public static void That(bool condition) { }
                    public static void Caller() => That(true);
                }
                """);
            var model = compilation.Model();

            Assert.False(model.IsAssertionHelper(compilation.Method("Guard", "That"), default));
            Assert.False(model.IsAssertionHelper(compilation.Method("Guard", "Caller"), default));
        }

        [Theory]
        [InlineData("Acme.Checks.Verify", "Acme.Checks", "Verify", true)]
        [InlineData("Acme.Checks.Verify", "Acme.Checks", "Log", false)]
        [InlineData("Acme.Expectations", "Acme.Expectations", "Holds", true)]
        [InlineData("global::Acme.Checks.Verify", "Acme.Checks", "Verify", true)]
        [InlineData("Acme.Checks.Verify, Acme.Expectations", "Acme.Expectations", "Holds", true)]
        [InlineData("Acme.Nested.Inner.Check", "Acme.Nested+Inner", "Check", true)]
        [InlineData("Checks.Verify", "Acme.Checks", "Verify", false)]
        [InlineData("", "Acme.Checks", "Verify", false)]
        public async Task The_editorconfig_option_declares_methods_and_types(string value, string type, string method, bool expected)
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.Net80, Checks);
            var options = TestAnalyzerConfigOptionsProvider.Global(TestModel.AssertionMethodsOption, value);

            Assert.Equal(expected, compilation.Model(options).IsAssertionHelper(compilation.Method(type, method), default));
        }

        [Fact]
        public async Task The_option_is_read_from_per_file_editorconfig_sections_too()
        {
            var compilation = await TestCompilation.CompileAsync(
                TestLibraries.Net80,
                Checks,
                "public class Tests { public void Subject() => Acme.Checks.Log(true); }");
            var options = TestAnalyzerConfigOptionsProvider.ForFile("Source1.cs", TestModel.AssertionMethodsOption, "Acme.Checks.Log");
            var model = compilation.Model(options);

            Assert.True(model.IsAssertion(compilation.Invocation("Subject", "Log"), default));
            Assert.False(model.IsAssertionHelper(compilation.Method("Acme.Checks", "Verify"), default));
        }

        [Fact]
        public async Task Without_the_option_a_throwing_method_is_no_assertion()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.Net80, Checks);

            Assert.False(compilation.Model().IsAssertionHelper(compilation.Method("Acme.Checks", "Verify"), default));
        }
    }
}
