using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Testing;
using RewardHackAnalyzers.Tests.Verifiers;
using static RewardHackAnalyzers.Tests.Testing.FrameworkAssertionTests;

namespace RewardHackAnalyzers.Tests.Testing
{
    public class TestOutcomeTests
    {
        private const string Xunit = "using Xunit;";
        private const string NUnit = "using NUnit.Framework;";
        private const string MSTest = "using Microsoft.VisualStudio.TestTools.UnitTesting;";
        private const string TUnit = "using TUnit.Core;";

        // (reference set, usings, statements of the test body, name of the call asked about, the outcome it declares)
        public static TheoryData<string, string, string, string, TestOutcome?> Calls => new()
        {
            { nameof(TestLibraries.XunitV3), Xunit, "Assert.Skip(\"later\");", "Skip", TestOutcome.Skip },
            { nameof(TestLibraries.XunitV3), Xunit, "Assert.SkipWhen(x > 0, \"later\");", "SkipWhen", TestOutcome.Skip },
            { nameof(TestLibraries.XunitV3), Xunit, "Assert.SkipUnless(x > 0, \"later\");", "SkipUnless", TestOutcome.Skip },
            { nameof(TestLibraries.XunitV3), Xunit, "Assert.True(true);", "True", null },
            { nameof(TestLibraries.XunitV3), Xunit, "Assert.Equal(1, x);", "Equal", null },
            { nameof(TestLibraries.XunitV2), Xunit, "Assert.True(true);", "True", null },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.Pass();", "Pass", TestOutcome.Pass },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.Pass(\"done {0}\", x);", "Pass", TestOutcome.Pass },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.Ignore(\"later\");", "Ignore", TestOutcome.Ignore },
            { nameof(TestLibraries.NUnit3), NUnit, "Assert.Inconclusive();", "Inconclusive", TestOutcome.Inconclusive },
            { nameof(TestLibraries.NUnit3), NUnit, "Assume.That(x, Is.GreaterThan(0));", "That", null },
            { nameof(TestLibraries.NUnit3), NUnit, "Warn.If(x > 0);", "If", null },
            { nameof(TestLibraries.NUnit4), NUnit, "Assert.Pass(\"done\");", "Pass", TestOutcome.Pass },
            { nameof(TestLibraries.NUnit4), NUnit, "Assert.Ignore();", "Ignore", TestOutcome.Ignore },
            { nameof(TestLibraries.NUnit4), NUnit, "Assert.Inconclusive(\"unknown\");", "Inconclusive", TestOutcome.Inconclusive },
            { nameof(TestLibraries.NUnit4), NUnit, "Assert.That(x, Is.EqualTo(1));", "That", null },
            { nameof(TestLibraries.MSTest), MSTest, "Assert.Inconclusive(\"unknown\");", "Inconclusive", TestOutcome.Inconclusive },
            { nameof(TestLibraries.MSTest), MSTest, "Assert.Inconclusive();", "Inconclusive", TestOutcome.Inconclusive },
            { nameof(TestLibraries.MSTest), MSTest, "Assert.IsTrue(true);", "IsTrue", null },
            { nameof(TestLibraries.TUnit), TUnit, "Skip.Test(\"later\");", "Test", TestOutcome.Skip },
            { nameof(TestLibraries.TUnit), TUnit, "Skip.When(x > 0, \"later\");", "When", TestOutcome.Skip },
            { nameof(TestLibraries.TUnit), TUnit, "Skip.Unless(x > 0, \"later\");", "Unless", TestOutcome.Skip },
        };

        [Theory]
        [MemberData(nameof(Calls))]
        public async Task Recognises_framework_outcome_calls_by_symbol(string libraries, string usings, string body, string called, TestOutcome? expected)
        {
            var compilation = await TestCompilation.CompileAsync(TestModels.References(libraries), TestBody(usings, body));
            var model = compilation.Model();
            var invocation = compilation.Invocation("Subject", called);

            Assert.Equal(expected, model.OutcomeOf(invocation, default));
            if (expected is not null)
            {
                Assert.False(model.IsAssertion(invocation, default));
            }
        }

        // (reference set, thrown expression, the outcome it declares)
        public static TheoryData<string, string, TestOutcome?> Throws => new()
        {
            { nameof(TestLibraries.NUnit3), "new NUnit.Framework.SuccessException(\"passed\")", TestOutcome.Pass },
            { nameof(TestLibraries.NUnit3), "new NUnit.Framework.IgnoreException(\"later\")", TestOutcome.Ignore },
            { nameof(TestLibraries.NUnit4), "new NUnit.Framework.SuccessException(\"passed\")", TestOutcome.Pass },
            { nameof(TestLibraries.NUnit4), "new NUnit.Framework.IgnoreException(\"later\")", TestOutcome.Ignore },
            { nameof(TestLibraries.NUnit4), "new NUnit.Framework.InconclusiveException(\"unknown\")", TestOutcome.Inconclusive },
            { nameof(TestLibraries.NUnit4), "new NUnit.Framework.AssertionException(\"failed\")", null },
            { nameof(TestLibraries.XunitV2), "Xunit.Sdk.SkipException.ForSkip(\"later\")", TestOutcome.Skip },
            { nameof(TestLibraries.XunitV3), "Xunit.Sdk.SkipException.ForSkip(\"later\")", TestOutcome.Skip },
            { nameof(TestLibraries.XunitV3), "new Xunit.Sdk.XunitException(\"failed\")", null },
            { nameof(TestLibraries.MSTest), "new Microsoft.VisualStudio.TestTools.UnitTesting.AssertInconclusiveException(\"unknown\")", TestOutcome.Inconclusive },
            { nameof(TestLibraries.MSTest), "new Microsoft.VisualStudio.TestTools.UnitTesting.AssertFailedException(\"failed\")", null },
            { nameof(TestLibraries.Net80), "new Exception(\"passed\")", null },
        };

        [Theory]
        [MemberData(nameof(Throws))]
        public async Task Recognises_a_throw_of_an_outcome_exception(string libraries, string thrown, TestOutcome? expected)
        {
            var compilation = await TestCompilation.CompileAsync(TestModels.References(libraries), $$"""
                using System;
                public class Tests { public void Subject() { throw {{thrown}}; } }
                """);

            Assert.Equal(expected, compilation.Model().OutcomeOf(compilation.Throw("Subject"), default));
        }

        [Fact]
        public async Task A_user_exception_derived_from_an_outcome_exception_declares_its_outcome()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.NUnit4, """
                public class Done : NUnit.Framework.SuccessException { public Done() : base("done") { } }
                public class Tests { public void Subject() { throw new Done(); } }
                """);

            Assert.Equal(TestOutcome.Pass, compilation.Model().OutcomeOf(compilation.Throw("Subject"), default));
        }

        [Fact]
        public async Task User_types_named_like_the_frameworks_declare_no_outcome()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.Net80, """
                public class SuccessException : System.Exception { }
                public static class Assert { public static void Pass() { } }
                public class Tests
                {
                    public void Subject() { Assert.Pass(); }
                    public void Thrower() { throw new SuccessException(); }
                }
                """);
            var model = compilation.Model();

            Assert.Null(model.OutcomeOf(compilation.Invocation("Subject", "Pass"), default));
            Assert.Null(model.OutcomeOf(compilation.Throw("Thrower"), default));
        }

        [Fact]
        public async Task A_rethrow_declares_no_outcome()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.NUnit4, """
                public class Tests { public void Subject() { try { } catch (NUnit.Framework.SuccessException) { throw; } } }
                """);

            Assert.Null(compilation.Model().OutcomeOf(compilation.Throw("Subject"), default));
        }

        [Fact]
        public async Task An_outcome_call_that_does_not_resolve_is_judged_by_its_candidates()
        {
            var compilation = await TestCompilation.CompileWithErrorsAsync(TestLibraries.NUnit4, """
                using NUnit.Framework;
                public class Tests { public void Subject() { Assert.Pass(1, 2, 3); } }
                """);
            var call = compilation.Call("Subject", "Pass");

            Assert.IsAssignableFrom<IInvalidOperation>(call);
            Assert.Equal(TestOutcome.Pass, compilation.Model().OutcomeOf(call, default));
        }

        [Fact]
        public async Task Without_a_framework_a_call_is_never_an_outcome_by_name()
        {
            var compilation = await TestCompilation.CompileWithErrorsAsync(TestLibraries.Net80, """
                public class Tests { public void Subject() { Assert.Pass(); } }
                """);

            Assert.Null(compilation.Model().OutcomeOf(compilation.Call("Subject", "Pass"), default));
        }

        // (reference set, usings, statements, called name, source text of the condition, or null)
        public static TheoryData<string, string, string, string, string?> Conditions => new()
        {
            { nameof(TestLibraries.XunitV3), Xunit, "Assert.SkipWhen(x > 0, \"later\");", "SkipWhen", "x > 0" },
            { nameof(TestLibraries.XunitV3), Xunit, "Assert.SkipUnless(reason: \"later\", condition: s == null);", "SkipUnless", "s == null" },
            { nameof(TestLibraries.XunitV3), Xunit, "Assert.Skip(\"later\");", "Skip", null },
            { nameof(TestLibraries.XunitV3), Xunit, "Assert.True(x > 0);", "True", null },
            { nameof(TestLibraries.TUnit), TUnit, "Skip.When(x > 0, \"later\");", "When", "x > 0" },
            { nameof(TestLibraries.TUnit), TUnit, "Skip.Unless(OperatingSystem.IsLinux(), \"later\");", "Unless", "OperatingSystem.IsLinux()" },
            { nameof(TestLibraries.NUnit4), NUnit, "Assert.Ignore(\"later\");", "Ignore", null },
        };

        [Theory]
        [MemberData(nameof(Conditions))]
        public async Task A_conditional_skip_exposes_its_condition(string libraries, string usings, string body, string called, string? expected)
        {
            var compilation = await TestCompilation.CompileAsync(TestModels.References(libraries), TestBody(usings, body));

            var condition = compilation.Model().OutcomeCondition(compilation.Invocation("Subject", called));

            Assert.Equal(expected, condition?.Syntax.ToString());
        }

        [Fact]
        public async Task Only_invocations_have_an_outcome_condition()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.NUnit4, """
                public class Tests { public void Subject() { throw new NUnit.Framework.SuccessException("done"); } }
                """);

            Assert.Null(compilation.Model().OutcomeCondition(compilation.Throw("Subject")));
            Assert.Empty(compilation.Compilation.SyntaxTrees.Single().GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>());
        }
    }
}
