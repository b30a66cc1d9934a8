using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Tests.Verifiers;

namespace RewardHackAnalyzers.Tests.Testing
{
    /// <summary>What <see cref="RewardHackAnalyzers.Testing.MockSetups"/> recognises as a value setup, and which mock and member it names.</summary>
    public class MockSetupTests
    {
        private const string Service = "public interface IClock { int Hour(int zone); string Name { get; } }";

        [Theory]
        [InlineData("clock.Setup(c => c.Hour(1)).Returns(5);", "Returns", "Hour")]
        [InlineData("clock.Setup(c => c.Hour(It.IsAny<int>())).Callback(() => { }).Returns(5);", "Returns", "Hour")]
        [InlineData("clock.SetupGet(c => c.Name).Returns(\"utc\");", "Returns", "Name")]
        [InlineData("clock.SetupSequence(c => c.Hour(1)).Returns(5).Returns(6);", "Returns", "Hour")]
        public Task Moq(string setup, string call, string member) =>
            AssertSetup(TestLibraries.Moq, "using Moq; public class T { public void M() { var clock = new Mock<IClock>(); " + setup + " } }", call, member);

        [Theory]
        [InlineData("clock.Hour(1).Returns(5);", "Returns", "Hour")]
        [InlineData("clock.Name.ReturnsForAnyArgs(\"utc\");", "ReturnsForAnyArgs", "Name")]
        public Task NSubstitute(string setup, string call, string member) =>
            AssertSetup(TestLibraries.NSubstitute, "using NSubstitute; public class T { public void M() { var clock = Substitute.For<IClock>(); " + setup + " } }", call, member);

        [Theory]
        [InlineData("A.CallTo(() => clock.Hour(1)).Returns(5);", "Returns", "Hour")]
        [InlineData("A.CallTo(() => clock.Name).ReturnsLazily(() => \"utc\");", "ReturnsLazily", "Name")]
        public Task FakeItEasy(string setup, string call, string member) =>
            AssertSetup(TestLibraries.FakeItEasy, "using FakeItEasy; public class T { public void M() { var clock = A.Fake<IClock>(); " + setup + " } }", call, member);

        [Theory]
        [InlineData("using Moq; public class T { public void M() { var clock = new Mock<IClock>(); clock.Setup(c => c.Hour(1)); } }", "Setup")]
        [InlineData("using Moq; public class T { public void M() { var clock = new Mock<IClock>(); clock.Verify(c => c.Hour(1)); } }", "Verify")]
        [InlineData("using Moq; public class T { public void M() { var clock = new Mock<IClock>(); clock.SetupProperty(c => c.Name, \"utc\"); } }", "SetupProperty")]
        public async Task Setups_without_a_value_and_verifications_are_not_value_setups(string source, string call)
        {
            var compilation = await TestCompilation.CompileAsync(TestLibraries.Moq, source + Service);

            Assert.Null(compilation.Model().MockSetups.ValueSetupOf(compilation.Invocation("M", call)));
        }

        private static async Task AssertSetup(ReferenceAssemblies references, string source, string call, string member)
        {
            var compilation = await TestCompilation.CompileAsync(references, source + Service);

            var setup = compilation.Model().MockSetups.ValueSetupOf(compilation.Invocation("M", call, occurrence: 0));

            Assert.NotNull(setup);
            Assert.Equal("clock", setup.Mock.Name);
            Assert.Equal(member, setup.Member.Name);
        }
    }
}
