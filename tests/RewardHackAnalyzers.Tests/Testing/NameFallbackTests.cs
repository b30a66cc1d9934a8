using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    /// <summary>Invocations that do not resolve (packages not restored, code mid-edit) are judged by name.</summary>
    public class NameFallbackTests
    {
        // (statements of a test body compiled without any test package, call asked about, is it an assertion)
        public static TheoryData<string, string, bool> Unresolved => new()
        {
            { "Assert.Equal(1, x);", "Equal", true },
            { "Xunit.Assert.True(x > 0);", "True", true },
            { "ClassicAssert.AreEqual(1, x);", "AreEqual", true },
            { "Assert.That(x, Is.EqualTo(1));", "That", true },
            { "Assert.That(x, Is.EqualTo(1));", "EqualTo", false },
            { "Assert.Skip(\"later\");", "Skip", false },
            { "Assert.Pass();", "Pass", false },
            { "x.Should().Be(1);", "Be", true },
            { "x.Should().Be(1);", "Should", false },
            { "x.Should().BeOfType<int>().Which.Should().Be(1);", "BeOfType", true },
            { "x.ShouldBe(1);", "ShouldBe", true },
            { "x.ShouldNotBeNull();", "ShouldNotBeNull", true },
            { "Should.Throw<Exception>(() => { });", "Throw", true },
            { "mock.Verify(m => m.Run());", "Verify", true },
            { "mock.Setup(m => m.Run());", "Setup", false },
            { "service.Received().Run();", "Received", true },
            { "Received.InOrder(() => service.Run());", "InOrder", true },
            { "A.CallTo(() => service.Run()).MustHaveHappenedOnceExactly();", "MustHaveHappenedOnceExactly", true },
            { "A.CallTo(() => service.Run()).MustHaveHappenedOnceExactly();", "CallTo", false },
            { "x.Shoulder();", "Shoulder", false },
            { "Helpers.Check(x);", "Check", false },
            { "AssertOk(x);", "AssertOk", false },
        };

        [Theory]
        [MemberData(nameof(Unresolved))]
        public async Task Recognises_unresolved_assertions_by_name(string body, string called, bool expected)
        {
            var compilation = await TestCompilation.CompileWithErrorsAsync(TestLibraries.Net80, $$"""
                using System;
                public interface IService { int Run(); }
                public class Tests
                {
                    public void Subject(int x, IService service)
                    {
                        var mock = new Mock<IService>();
                        {{body}}
                    }
                }
                """);
            var operation = compilation.Call("Subject", called);

            Assert.IsAssignableFrom<IInvalidOperation>(operation);
            Assert.Equal(expected, compilation.Model().IsAssertion(operation, default));
        }

        [Fact]
        public async Task A_resolved_user_type_named_Assert_stops_the_name_fallback()
        {
            var compilation = await TestCompilation.CompileWithErrorsAsync(TestLibraries.Net80, """
                public static class Assert { public static void Same(object a, object b) { } }
                public class Tests { public void Subject() => Assert.Equal(1, 2); }
                """);
            var operation = compilation.Call("Subject", "Equal");

            Assert.IsAssignableFrom<IInvalidOperation>(operation);
            Assert.False(compilation.Model().IsAssertion(operation, default));
        }

        [Fact]
        public async Task A_framework_call_that_fails_overload_resolution_is_judged_by_its_candidates()
        {
            var compilation = await TestCompilation.CompileWithErrorsAsync(TestLibraries.XunitV3, """
                public class Tests
                {
                    public void Subject()
                    {
                        Xunit.Assert.Equal(1);
                        Xunit.Assert.Skip();
                    }
                }
                """);
            var model = compilation.Model();
            var equal = Assert.IsAssignableFrom<IInvalidOperation>(compilation.Call("Subject", "Equal"));
            var skip = Assert.IsAssignableFrom<IInvalidOperation>(compilation.Call("Subject", "Skip"));

            Assert.True(model.IsAssertion(equal, default));
            Assert.False(model.IsAssertion(skip, default));
        }

        [Fact]
        public async Task A_resolved_call_is_never_judged_by_name()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.Net80, """
                public static class Checks { public static void ShouldBe(this int actual, int expected) { } }
                public class Tests { public void Subject() => 1.ShouldBe(1); }
                """);
            var operation = compilation.Call("Subject", "ShouldBe");

            Assert.IsAssignableFrom<IInvocationOperation>(operation);
            Assert.False(compilation.Model().IsAssertion(operation, default));
        }

        [Fact]
        public async Task Truncated_code_gets_answers_without_exceptions()
        {
            var compilation = await TestCompilation.CompileWithErrorsAsync(TestLibraries.XunitV2, """
                using Xunit;
                public class Tests
                {
                    [Fact] public void Typing() { Assert.Equal(1, ; x.Should().Be( ; Helper(
                    [Fact public void Broken( { Assert.
                    void Helper(int value) { Assert.True(value > 0)
                """);
            var model = compilation.Model();
            var tree = Assert.Single(compilation.Compilation.SyntaxTrees);
            var semanticModel = compilation.Compilation.GetSemanticModel(tree);

            var assertions = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Where(call => semanticModel.GetOperation(call) is { } operation && model.IsAssertion(operation, default))
                .Select(call => call.Expression is MemberAccessExpressionSyntax member ? member.Name.Identifier.ValueText : call.Expression.ToString());
            var tests = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
                .Select(declaration => semanticModel.GetDeclaredSymbol(declaration))
                .OfType<IMethodSymbol>()
                .Where(model.IsTestMethod)
                .Select(method => method.Name);

            string[] expectedAssertions = ["Equal", "Be", "True"];
            Assert.Equal(expectedAssertions, assertions);
            Assert.Equal("Typing", Assert.Single(tests));
        }

        [Fact]
        public async Task A_helper_call_with_wrong_arguments_is_judged_by_its_candidate()
        {
            var compilation = await TestCompilation.CompileWithErrorsAsync(TestLibraries.XunitV2, """
                public class Tests
                {
                    public void Subject() { Helper(1, 2); Quiet(1, 2); }
                    private static void Helper(int value) => Xunit.Assert.True(value > 0);
                    private static void Quiet(int value) { }
                }
                """);
            var model = compilation.Model();
            var helper = Assert.IsAssignableFrom<IInvalidOperation>(compilation.Call("Subject", "Helper"));
            var quiet = Assert.IsAssignableFrom<IInvalidOperation>(compilation.Call("Subject", "Quiet"));

            Assert.True(model.IsAssertion(helper, default));
            Assert.False(model.IsAssertion(quiet, default));
        }
    }
}
