using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    public class FrameworkAssertionTests
    {
        private const string Xunit = "using Xunit;";
        private const string NUnit = "using NUnit.Framework;";
        private const string NUnitLegacy = "using NUnit.Framework; using NUnit.Framework.Legacy;";
        private const string MSTest = "using Microsoft.VisualStudio.TestTools.UnitTesting;";
        private const string TUnit = "using TUnit.Assertions; using TUnit.Assertions.Extensions;";

        // (reference set, usings, statements of the test body, name of the call asked about, is it an assertion)
        public static TheoryData<string, string, string, string, bool> Calls => new()
        {
            { nameof(TestLibraries.XunitV2), Xunit, "Assert.Equal(1, x);", "Equal", true },
            { nameof(TestLibraries.XunitV2), Xunit, "Assert.True(x > 0);", "True", true },
            { nameof(TestLibraries.XunitV2), Xunit, "Assert.Throws<InvalidOperationException>(act);", "Throws", true },
            { nameof(TestLibraries.XunitV2), Xunit, "Assert.Fail(\"unreachable\");", "Fail", true },
            { nameof(TestLibraries.XunitV2), Xunit, "Assert.All(items, i => { });", "All", true },
            { nameof(TestLibraries.XunitV2), Xunit, "Assert.Multiple(() => Assert.True(x > 0));", "Multiple", false },
            { nameof(TestLibraries.XunitV2), Xunit, "Assert.Multiple(() => Assert.True(x > 0));", "True", true },
            { nameof(TestLibraries.XunitV2), Xunit, "Record.Exception(act);", "Exception", false },
            { nameof(TestLibraries.XunitV3), Xunit, "Assert.Equal(1, x);", "Equal", true },
            { nameof(TestLibraries.XunitV3), Xunit, "Assert.Skip(\"later\");", "Skip", false },
            { nameof(TestLibraries.XunitV3), Xunit, "Assert.SkipWhen(x > 0, \"later\");", "SkipWhen", false },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.That(x, Is.EqualTo(1));", "That", true },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.That(x, Is.EqualTo(1));", "EqualTo", false },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.AreEqual(1, x);", "AreEqual", true },
            { nameof(TestLibraries.NUnit3), NUnit, "CollectionAssert.Contains(items, 1);", "Contains", true },
            { nameof(TestLibraries.NUnit3), NUnit, "StringAssert.Contains(\"a\", s);", "Contains", true },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.Fail(\"unreachable\");", "Fail", true },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.Pass();", "Pass", false },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.Ignore(\"later\");", "Ignore", false },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.Inconclusive();", "Inconclusive", false },
            { nameof(TestLibraries.NUnit3), NUnit, "Assume.That(x, Is.GreaterThan(0));", "That", false },
            { nameof(TestLibraries.NUnit3), NUnit, "Warn.If(x > 0);", "If", false },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.Multiple(() => Assert.That(x, Is.EqualTo(1)));", "Multiple", false },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.Multiple(() => Assert.That(x, Is.EqualTo(1)));", "That", true },
            { nameof(TestLibraries.NUnit4), NUnit, "Assert.That(x, Is.EqualTo(1));", "That", true },
            { nameof(TestLibraries.NUnit4), NUnit, "Assert.Throws<InvalidOperationException>(() => act());", "Throws", true },
            { nameof(TestLibraries.NUnit4), NUnitLegacy, "ClassicAssert.AreEqual(1, x);", "AreEqual", true },
            { nameof(TestLibraries.NUnit4), NUnitLegacy, "CollectionAssert.Contains(items, 1);", "Contains", true },
            { nameof(TestLibraries.NUnit4), NUnit, "using (Assert.EnterMultipleScope()) { Assert.That(x, Is.EqualTo(1)); }", "EnterMultipleScope", false },
            { nameof(TestLibraries.NUnit4), NUnit, "Assert.Pass();", "Pass", false },
            { nameof(TestLibraries.MSTest), MSTest, "Assert.AreEqual(1, x);", "AreEqual", true },
            { nameof(TestLibraries.MSTest), MSTest, "Assert.IsTrue(x > 0);", "IsTrue", true },
            { nameof(TestLibraries.MSTest), MSTest, "CollectionAssert.Contains(items, 1);", "Contains", true },
            { nameof(TestLibraries.MSTest), MSTest, "StringAssert.Contains(s, \"a\");", "Contains", true },
            { nameof(TestLibraries.MSTest), MSTest, "Assert.ThrowsExactly<InvalidOperationException>(act);", "ThrowsExactly", true },
            { nameof(TestLibraries.MSTest), MSTest, "Assert.Fail(\"unreachable\");", "Fail", true },
            { nameof(TestLibraries.MSTest), MSTest, "Assert.Inconclusive();", "Inconclusive", false },
            { nameof(TestLibraries.TUnit), TUnit, "await Assert.That(x).IsEqualTo(1);", "That", true },
            { nameof(TestLibraries.TUnit), TUnit, "await Assert.That(x).IsEqualTo(1);", "IsEqualTo", false },
            { nameof(TestLibraries.TUnit), TUnit, "Assert.Fail(\"unreachable\");", "Fail", true },
            { nameof(TestLibraries.TUnit), TUnit, "using (Assert.Multiple()) { await Assert.That(x).IsPositive(); }", "Multiple", false },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions;", "x.Should().Be(1);", "Be", true },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions;", "x.Should().Be(1);", "Should", false },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions;", "s.Should().NotBeNull().And.StartWith(\"a\");", "StartWith", true },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions;", "items.Should().BeEquivalentTo(new[] { 1 }, o => o.WithStrictOrdering());", "BeEquivalentTo", true },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions;", "items.Should().BeEquivalentTo(new[] { 1 }, o => o.WithStrictOrdering());", "WithStrictOrdering", false },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions;", "act.Should().Throw<InvalidOperationException>().WithMessage(\"m\");", "Throw", true },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions;", "act.Should().Throw<InvalidOperationException>().WithMessage(\"m\");", "WithMessage", true },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions;", "await f.Should().ThrowAsync<InvalidOperationException>().WithMessage(\"m\");", "WithMessage", true },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions;", "(0.1 + 0.2).Should().BeApproximately(0.3, 0.001);", "BeApproximately", true },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions.Execution;", "Execute.Assertion.ForCondition(x > 0).FailWith(\"m\");", "FailWith", true },
            { nameof(TestLibraries.FluentAssertions), "using FluentAssertions.Execution;", "Execute.Assertion.ForCondition(x > 0).FailWith(\"m\");", "ForCondition", false },
            { nameof(TestLibraries.AwesomeAssertions), "using AwesomeAssertions;", "x.Should().Be(1);", "Be", true },
            { nameof(TestLibraries.AwesomeAssertions), "using AwesomeAssertions;", "x.Should().Be(1);", "Should", false },
            { nameof(TestLibraries.AwesomeAssertions), "using AwesomeAssertions;", "items.Should().BeEquivalentTo(new[] { 1 }, o => o.WithStrictOrdering());", "BeEquivalentTo", true },
            { nameof(TestLibraries.AwesomeAssertions), "using AwesomeAssertions;", "items.Should().BeEquivalentTo(new[] { 1 }, o => o.WithStrictOrdering());", "WithStrictOrdering", false },
            { nameof(TestLibraries.AwesomeAssertions), "using AwesomeAssertions.Execution;", "AssertionChain.GetOrCreate().ForCondition(x > 0).FailWith(\"m\");", "FailWith", true },
            { nameof(TestLibraries.AwesomeAssertions), "using AwesomeAssertions.Execution;", "AssertionChain.GetOrCreate().ForCondition(x > 0).FailWith(\"m\");", "GetOrCreate", false },
            { nameof(TestLibraries.Shouldly), "using Shouldly;", "x.ShouldBe(1);", "ShouldBe", true },
            { nameof(TestLibraries.Shouldly), "using Shouldly;", "s.ShouldNotBeNull();", "ShouldNotBeNull", true },
            { nameof(TestLibraries.Shouldly), "using Shouldly;", "items.ShouldContain(1);", "ShouldContain", true },
            { nameof(TestLibraries.Shouldly), "using Shouldly;", "Should.Throw<InvalidOperationException>(act);", "Throw", true },
            { nameof(TestLibraries.Shouldly), "using Shouldly;", "x.ShouldSatisfyAllConditions(() => x.ShouldBePositive());", "ShouldSatisfyAllConditions", true },
            { nameof(TestLibraries.Shouldly), "using Shouldly;", "ShouldlyConfiguration.DisableSourceInErrors();", "DisableSourceInErrors", false },
            { nameof(TestLibraries.Moq), "using Moq;", "new Mock<IService>().Verify(m => m.Run(), Times.Once());", "Verify", true },
            { nameof(TestLibraries.Moq), "using Moq;", "new Mock<IService>().VerifyAll();", "VerifyAll", true },
            { nameof(TestLibraries.Moq), "using Moq;", "new Mock<IService>().VerifyNoOtherCalls();", "VerifyNoOtherCalls", true },
            { nameof(TestLibraries.Moq), "using Moq;", "new Mock<IService>().Setup(m => m.Run()).Returns(1).Verifiable();", "Setup", false },
            { nameof(TestLibraries.Moq), "using Moq;", "new Mock<IService>().Setup(m => m.Run()).Returns(1).Verifiable();", "Verifiable", false },
            { nameof(TestLibraries.Moq), "using Moq;", "Mock.Get(service);", "Get", false },
            { nameof(TestLibraries.NSubstitute), "using NSubstitute;", "service.Received().Run();", "Received", true },
            { nameof(TestLibraries.NSubstitute), "using NSubstitute;", "service.Received().Run();", "Run", false },
            { nameof(TestLibraries.NSubstitute), "using NSubstitute;", "service.DidNotReceive().Run();", "DidNotReceive", true },
            { nameof(TestLibraries.NSubstitute), "using NSubstitute;", "service.ReceivedWithAnyArgs().Run();", "ReceivedWithAnyArgs", true },
            { nameof(TestLibraries.NSubstitute), "using NSubstitute;", "Received.InOrder(() => service.Run());", "InOrder", true },
            { nameof(TestLibraries.NSubstitute), "using NSubstitute;", "service.Run().Returns(1);", "Returns", false },
            { nameof(TestLibraries.NSubstitute), "using NSubstitute;", "service.ClearReceivedCalls();", "ClearReceivedCalls", false },
            { nameof(TestLibraries.FakeItEasy), "using FakeItEasy;", "A.CallTo(() => service.Run()).MustHaveHappened();", "MustHaveHappened", true },
            { nameof(TestLibraries.FakeItEasy), "using FakeItEasy;", "A.CallTo(() => service.Run()).MustHaveHappened();", "CallTo", false },
            { nameof(TestLibraries.FakeItEasy), "using FakeItEasy;", "A.CallTo(() => service.Run()).MustHaveHappenedOnceExactly();", "MustHaveHappenedOnceExactly", true },
            { nameof(TestLibraries.FakeItEasy), "using FakeItEasy;", "A.CallTo(() => service.Run()).MustNotHaveHappened();", "MustNotHaveHappened", true },
            { nameof(TestLibraries.FakeItEasy), "using FakeItEasy;", "A.CallTo(() => service.Run()).Returns(1);", "Returns", false },
            { nameof(TestLibraries.FakeItEasy), "using FakeItEasy;", "A.Fake<IService>();", "Fake", false },
        };

        [Theory]
        [MemberData(nameof(Calls))]
        public async Task Recognises_framework_and_library_assertions_by_symbol(string libraries, string usings, string body, string called, bool expected)
        {
            var compilation = await TestCompilation.CompileAsync(TestModels.References(libraries), TestBody(usings, body));
            var model = compilation.Model();
            var invocation = compilation.Invocation("Subject", called);

            Assert.Equal(expected, model.IsFrameworkAssertion(invocation.TargetMethod));
            Assert.Equal(expected, model.IsAssertion(invocation, default));
            Assert.False(model.IsAssertionHelper(invocation.TargetMethod, default));
        }

        // (reference set, usings, statements, call, is it a mock verification)
        public static TheoryData<string, string, string, string, bool> MockCalls => new()
        {
            { nameof(TestLibraries.Moq), "using Moq;", "new Mock<IService>().Verify(m => m.Run());", "Verify", true },
            { nameof(TestLibraries.Moq), "using Moq;", "new Mock<IService>().Setup(m => m.Run());", "Setup", false },
            { nameof(TestLibraries.NSubstitute), "using NSubstitute;", "service.Received(2).Run();", "Received", true },
            { nameof(TestLibraries.NSubstitute), "using NSubstitute;", "Substitute.For<IService>();", "For", false },
            { nameof(TestLibraries.FakeItEasy), "using FakeItEasy;", "A.CallTo(() => service.Run()).MustHaveHappenedTwiceOrMore();", "MustHaveHappenedTwiceOrMore", true },
            { nameof(TestLibraries.FakeItEasy), "using FakeItEasy;", "A.CallTo(() => service.Run()).Returns(1);", "Returns", false },
            { nameof(TestLibraries.XunitV2), Xunit, "Assert.Equal(1, x);", "Equal", false },
        };

        [Theory]
        [MemberData(nameof(MockCalls))]
        public async Task Recognises_mock_verifications(string libraries, string usings, string body, string called, bool expected)
        {
            var compilation = await TestCompilation.CompileAsync(TestModels.References(libraries), TestBody(usings, body));

            Assert.Equal(expected, compilation.Model().IsMockVerification(compilation.Invocation("Subject", called).TargetMethod));
        }

        [Fact]
        public async Task A_user_class_named_Assert_is_not_a_framework()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.Net80, """
                public static class Assert { public static void Equal(int expected, int actual) { } }
                public class Tests { public void Subject() => Assert.Equal(1, 2); }
                """);
            var model = compilation.Model();
            var invocation = compilation.Invocation("Subject", "Equal");

            Assert.False(model.IsFrameworkAssertion(invocation.TargetMethod));
            Assert.False(model.IsAssertion(invocation, default));
        }

        [Fact]
        public async Task A_user_Xunit_Assert_shadowing_the_framework_is_not_the_framework()
        {
            // The agent's "make Assert.Equal pass" hack: its own Xunit.Assert wins the lookup over the reference (CS0436).
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                namespace Xunit { public static class Assert { public static void Equal(int expected, int actual) { } } }
                namespace Tests
                {
                    using Xunit;
                    public class Tests { [Fact] public void Subject() => Assert.Equal(1, 2); }
                }
                """);
            var model = compilation.Model();
            var invocation = compilation.Invocation("Subject", "Equal");

            Assert.Equal(compilation.Compilation.Assembly, invocation.TargetMethod.ContainingAssembly);
            Assert.False(model.IsFrameworkAssertion(invocation.TargetMethod));
            Assert.False(model.IsAssertion(invocation, default));
        }

        [Fact]
        public async Task A_user_Assert_class_that_really_asserts_is_a_helper_not_a_framework()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                namespace Acme
                {
                    public static class Assert
                    {
                        public static void Equal(int expected, int actual) => Xunit.Assert.Equal(expected, actual);
                    }
                    public class Tests { public void Subject() => Assert.Equal(1, 2); }
                }
                """);
            var model = compilation.Model();
            var invocation = compilation.Invocation("Subject", "Equal");

            Assert.False(model.IsFrameworkAssertion(invocation.TargetMethod));
            Assert.True(model.IsAssertionHelper(invocation.TargetMethod, default));
            Assert.True(model.IsAssertion(invocation, default));
        }

        internal static string TestBody(string usings, string body) => $$"""
            using System;
            using System.Threading.Tasks;
            {{usings}}
            public interface IService { int Run(); }
            public class Tests
            {
                public async Task Subject(int x, string s, int[] items, Action act, Func<Task> f, IService service)
                {
                    {{body}}
                    await Task.CompletedTask;
                }
            }
            """;
    }
}
