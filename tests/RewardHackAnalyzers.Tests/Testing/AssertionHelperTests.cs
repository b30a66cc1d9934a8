using System.Linq;
using System.Threading.Tasks;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    public class AssertionHelperTests
    {
        // (reference set, usings, body of the helper "Check(int x, int[] items, IService service)", does it assert)
        public static TheoryData<string, string, string, bool> Helpers => new()
        {
            { nameof(TestLibraries.XunitV2), "using Xunit;", "Assert.True(x > 0);", true },
            { nameof(TestLibraries.XunitV3), "using Xunit;", "Assert.Equal(1, x);", true },
            { nameof(TestLibraries.XunitV3), "using Xunit;", "Assert.Skip(\"later\");", false },
            { nameof(TestLibraries.NUnit3), "using NUnit.Framework;", "Assert.That(x, Is.Positive);", true },
            { nameof(TestLibraries.NUnit4), "using NUnit.Framework;", "Assert.That(x, Is.Positive);", true },
            { nameof(TestLibraries.NUnit4), "using NUnit.Framework;", "Assert.Pass();", false },
            { nameof(TestLibraries.MSTest), "using Microsoft.VisualStudio.TestTools.UnitTesting;", "Assert.IsTrue(x > 0);", true },
            { nameof(TestLibraries.TUnit), "using TUnit.Assertions; using TUnit.Assertions.Extensions;", "_ = Assert.That(x).IsPositive();", true },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions;", "x.Should().BePositive();", true },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions;", "x.Should();", false },
            { nameof(TestLibraries.AwesomeAssertions), "using AwesomeAssertions;", "items.Should().Contain(x);", true },
            { nameof(TestLibraries.Shouldly), "using Shouldly;", "x.ShouldBePositive();", true },
            { nameof(TestLibraries.Moq), "using Moq;", "Mock.Get(service).Verify(s => s.Run());", true },
            { nameof(TestLibraries.NSubstitute), "using NSubstitute;", "service.Received().Run();", true },
            { nameof(TestLibraries.FakeItEasy), "using FakeItEasy;", "A.CallTo(() => service.Run()).MustHaveHappened();", true },
            { nameof(TestLibraries.XunitV2), "using Xunit;", "if (x <= 0) throw new Xunit.Sdk.XunitException(\"not positive\");", true },
            { nameof(TestLibraries.XunitV2), "using Xunit;", "if (x <= 0) throw new InvalidOperationException(\"not positive\");", false },
            { nameof(TestLibraries.XunitV2), "using Xunit;", "Console.WriteLine(x);", false },
        };

        [Theory]
        [MemberData(nameof(Helpers))]
        public async Task A_helper_is_an_assertion_when_its_body_asserts(string libraries, string usings, string body, bool expected)
        {
            var compilation = await TestCompilation.CompileAsync(TestModels.References(libraries), $$"""
                using System;
                {{usings}}
                public interface IService { int Run(); }
                public static class Checks
                {
                    public static void Check(int x, int[] items, IService service) { {{body}} }
                }
                public class Tests
                {
                    public void Subject(IService service) => Checks.Check(1, new[] { 1 }, service);
                }
                """);
            var model = compilation.Model();

            Assert.Equal(expected, model.IsAssertionHelper(compilation.Method("Checks", "Check"), default));
            Assert.Equal(expected, model.IsAssertion(compilation.Invocation("Subject", "Check"), default));
            Assert.False(model.IsFrameworkAssertion(compilation.Method("Checks", "Check")));
        }

        [Fact]
        public async Task A_helper_named_like_an_assertion_that_asserts_nothing_is_not_one()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                public class Tests
                {
                    private static void AssertOk(int result) { System.Console.WriteLine(result); }
                    private static void VerifyResult(int result) { }
                    public static void ShouldBeFine(int result) { }
                    [Xunit.Fact] public void Subject() { AssertOk(1); VerifyResult(1); ShouldBeFine(1); }
                }
                """);
            var model = compilation.Model();

            Assert.False(model.IsAssertionHelper(compilation.Method("Tests", "AssertOk"), default));
            Assert.False(model.IsAssertion(compilation.Invocation("Subject", "AssertOk"), default));
            Assert.False(model.IsAssertion(compilation.Invocation("Subject", "VerifyResult"), default));
            Assert.False(model.IsAssertion(compilation.Invocation("Subject", "ShouldBeFine"), default));
        }

        [Theory]
        [InlineData(1, true)]
        [InlineData(3, true)]
        [InlineData(TestModel.AssertionHelperMaxDepth, true)]
        [InlineData(TestModel.AssertionHelperMaxDepth + 1, false)]
        public async Task A_transitive_helper_counts_up_to_the_depth_bound(int depth, bool expected)
        {
            // Level1 calls Level2 … calls LevelN, which calls Assert.True: Level1 reaches the assertion in N calls.
            var levels = Enumerable.Range(1, depth).Select(level => level == depth
                ? $"static void Level{level}(int x) => Xunit.Assert.True(x > 0);"
                : $"static void Level{level}(int x) => Level{level + 1}(x);");
            var compilation = await TestCompilation.CompileAsync(
                TestLibraries.XunitV2, $"public static class Chain {{ {string.Join("\n", levels)} }}");

            Assert.Equal(expected, compilation.Model().IsAssertionHelper(compilation.Method("Chain", "Level1"), default));
        }

        [Fact]
        public async Task Recursive_and_mutually_recursive_helpers_terminate()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                public static class Checks
                {
                    public static void Countdown(int n) { if (n > 0) Countdown(n - 1); }
                    public static void Ping(int n) { if (n > 0) Pong(n - 1); }
                    public static void Pong(int n) { if (n > 0) Ping(n - 1); }
                    public static void Even(int n) { if (n > 0) Odd(n - 1); }
                    public static void Odd(int n) { if (n > 0) Even(n - 1); else Xunit.Assert.Equal(0, n); }
                }
                """);
            var model = compilation.Model();

            Assert.False(model.IsAssertionHelper(compilation.Method("Checks", "Countdown"), default));
            Assert.False(model.IsAssertionHelper(compilation.Method("Checks", "Ping"), default));
            Assert.True(model.IsAssertionHelper(compilation.Method("Checks", "Even"), default));
            Assert.True(model.IsAssertionHelper(compilation.Method("Checks", "Odd"), default));
        }

        [Fact]
        public async Task A_Conditional_helper_is_not_an_assertion_because_its_calls_can_be_compiled_away()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                using System.Diagnostics;
                public static class Checks
                {
                    [Conditional("DEBUG")] public static void DebugCheck(int x) => Xunit.Assert.True(x > 0);
                    public static void OnlyDebug(int x) => DebugCheck(x);
                }
                """);
            var model = compilation.Model();

            Assert.False(model.IsAssertionHelper(compilation.Method("Checks", "DebugCheck"), default));
            Assert.False(model.IsAssertionHelper(compilation.Method("Checks", "OnlyDebug"), default));
        }

        [Fact]
        public async Task Assertions_in_lambdas_local_functions_and_method_groups_count()
        {
            // Documented choice: an assertion the helper can reach counts, even in a lambda we cannot prove runs.
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                using System;
                using System.Collections.Generic;
                public static class Checks
                {
                    public static void Positive(int x) => Xunit.Assert.True(x > 0);
                    public static Action Deferred(int x) => () => Xunit.Assert.True(x > 0);
                    public static void Local(int x) { Check(); void Check() => Xunit.Assert.True(x > 0); }
                    public static void Each(List<int> items) => items.ForEach(Positive);
                }
                """);
            var model = compilation.Model();

            Assert.True(model.IsAssertionHelper(compilation.Method("Checks", "Deferred"), default));
            Assert.True(model.IsAssertionHelper(compilation.Method("Checks", "Local"), default));
            Assert.True(model.IsAssertion(compilation.Invocation("Local", "Check"), default));
            Assert.True(model.IsAssertionHelper(compilation.Method("Checks", "Each"), default));
        }

        [Fact]
        public async Task Inherited_generic_and_extension_helpers_are_recognised_through_their_definitions()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                public abstract class TestBase { protected void AssertState(int x) => Xunit.Assert.True(x > 0); }
                public static class Checks
                {
                    public static void Same<T>(T expected, T actual) => Xunit.Assert.Equal(expected, actual);
                    public static void MustBePositive(this int x) => Xunit.Assert.True(x > 0);
                }
                public class Tests : TestBase
                {
                    [Xunit.Fact] public void Subject() { AssertState(1); Checks.Same(1, 1); 5.MustBePositive(); }
                }
                """);
            var model = compilation.Model();

            Assert.True(model.IsAssertion(compilation.Invocation("Subject", "AssertState"), default));
            Assert.True(model.IsAssertion(compilation.Invocation("Subject", "Same"), default));
            Assert.True(model.IsAssertion(compilation.Invocation("Subject", "MustBePositive"), default));
        }

        [Fact]
        public async Task Framework_and_bodiless_methods_are_not_helpers()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                public interface IChecker { void Check(int x); }
                public abstract class Base { public abstract void Check(int x); }
                public partial class Partial { partial void Check(int x); }
                public class Tests { public void Subject() => Xunit.Assert.True(true); }
                """);
            var model = compilation.Model();

            Assert.False(model.IsAssertionHelper(compilation.Invocation("Subject", "True").TargetMethod, default));
            Assert.False(model.IsAssertionHelper(compilation.Method("IChecker", "Check"), default));
            Assert.False(model.IsAssertionHelper(compilation.Method("Base", "Check"), default));
            Assert.False(model.IsAssertionHelper(compilation.Method("Partial", "Check"), default));
        }

        [Fact]
        public async Task A_partial_helper_is_judged_by_its_implementation()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                public partial class Checks { public partial void Positive(int x); }
                public partial class Checks { public partial void Positive(int x) => Xunit.Assert.True(x > 0); }
                public class Tests { public void Subject() => new Checks().Positive(1); }
                """);

            Assert.True(compilation.Model().IsAssertion(compilation.Invocation("Subject", "Positive"), default));
        }

        [Fact]
        public async Task Concurrent_questions_get_the_same_answers()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                public static class Checks
                {
                    public static void A(int x) => B(x);
                    public static void B(int x) => C(x);
                    public static void C(int x) => Xunit.Assert.True(x > 0);
                    public static void D(int x) => System.Console.WriteLine(x);
                }
                """);
            var model = compilation.Model();
            var methods = "ABCD".Select(name => compilation.Method("Checks", name.ToString())).ToArray();

            var answers = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(
                () => model.IsAssertionHelper(methods[i % methods.Length], default))));

            Assert.Equal(Enumerable.Range(0, 64).Select(i => i % methods.Length != 3), answers);
        }
    }
}
