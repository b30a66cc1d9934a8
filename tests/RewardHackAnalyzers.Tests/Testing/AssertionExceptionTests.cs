using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    public class AssertionExceptionTests
    {
        // (reference set, thrown expression, is the throw an assertion)
        public static TheoryData<string, string, bool> Throws => new()
        {
            { nameof(TestLibraries.XunitV2), "new Xunit.Sdk.XunitException(\"failed\")", true },
            { nameof(TestLibraries.XunitV2), "Xunit.Sdk.EqualException.ForMismatchedValues(1, 2)", true },
            { nameof(TestLibraries.XunitV2), "Xunit.Sdk.SkipException.ForSkip(\"later\")", false },
            { nameof(TestLibraries.XunitV3), "new Xunit.Sdk.XunitException(\"failed\")", true },
            { nameof(TestLibraries.NUnit3), "new NUnit.Framework.AssertionException(\"failed\")", true },
            { nameof(TestLibraries.NUnit3), "new NUnit.Framework.SuccessException(\"passed\")", false },
            { nameof(TestLibraries.NUnit4), "new NUnit.Framework.AssertionException(\"failed\")", true },
            { nameof(TestLibraries.NUnit4), "new NUnit.Framework.InconclusiveException(\"unknown\")", false },
            { nameof(TestLibraries.NUnit4), "new NUnit.Framework.IgnoreException(\"later\")", false },
            { nameof(TestLibraries.MSTest), "new Microsoft.VisualStudio.TestTools.UnitTesting.AssertFailedException(\"failed\")", true },
            { nameof(TestLibraries.MSTest), "new Microsoft.VisualStudio.TestTools.UnitTesting.AssertInconclusiveException(\"unknown\")", false },
            { nameof(TestLibraries.TUnit), "new TUnit.Assertions.Exceptions.AssertionException(\"failed\")", true },
            { nameof(TestLibraries.FluentAssertions), "new FluentAssertions.Execution.AssertionFailedException(\"failed\")", true },
            { nameof(TestLibraries.AwesomeAssertions), "new AwesomeAssertions.Execution.AssertionFailedException(\"failed\")", true },
            { nameof(TestLibraries.Shouldly), "new Shouldly.ShouldAssertException(\"failed\")", true },
            { nameof(TestLibraries.XunitV2), "new InvalidOperationException(\"failed\")", false },
            { nameof(TestLibraries.Net80), "new Exception(\"failed\")", false },
        };

        [Theory]
        [MemberData(nameof(Throws))]
        public async Task Throwing_an_assertion_exception_is_an_assertion(string libraries, string thrown, bool expected)
        {
            var compilation = await TestCompilation.CompileAsync(TestModels.References(libraries), $$"""
                using System;
                public class Tests { public void Subject() { throw {{thrown}}; } }
                """);
            var model = compilation.Model();
            var throwOperation = compilation.Throw("Subject");

            Assert.Equal(expected, model.IsAssertion(throwOperation, default));
            Assert.Equal(expected, model.IsAssertionHelper(compilation.Method("Tests", "Subject"), default));
        }

        [Theory]
        [InlineData(nameof(TestLibraries.Moq), "Moq.MockException")]
        [InlineData(nameof(TestLibraries.NSubstitute), "NSubstitute.Exceptions.ReceivedCallsException")]
        [InlineData(nameof(TestLibraries.FakeItEasy), "FakeItEasy.ExpectationException")]
        [InlineData(nameof(TestLibraries.XunitV3), "Xunit.Sdk.EqualException")]
        public async Task A_failed_verification_is_an_assertion_exception(string libraries, string exceptionType)
        {
            var compilation = await TestCompilation.CompileAsync(TestModels.References(libraries), "class C { }");

            Assert.True(compilation.Model().IsAssertionException(compilation.Type(exceptionType)));
        }

        [Fact]
        public async Task User_exceptions_count_by_their_framework_base_or_marker_interface()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV3, """
                using System;
                public class Derived : Xunit.Sdk.XunitException { public Derived() : base("failed") { } }
                public class Marked : Exception, Xunit.Sdk.IAssertionException { }
                public class Plain : Exception { }
                """);
            var model = compilation.Model();

            Assert.True(model.IsAssertionException(compilation.Type("Derived")));
            Assert.True(model.IsAssertionException(compilation.Type("Marked")));
            Assert.False(model.IsAssertionException(compilation.Type("Plain")));
            Assert.False(model.IsAssertionException(null));
        }

        [Fact]
        public async Task A_rethrow_is_not_an_assertion()
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.XunitV2, """
                public class Tests { public void Subject() { try { } catch (Xunit.Sdk.XunitException) { throw; } } }
                """);

            Assert.False(compilation.Model().IsAssertion(compilation.Throw("Subject"), default));
        }
    }
}
