using System.Threading;

namespace RewardHackAnalyzers.Testing
{
    public sealed partial class TestModel
    {
        private MockSetups? mockSetups;

        /// <summary>Recognises the calls that make a Moq, NSubstitute or FakeItEasy mock return a value, and which mock a member is read from.</summary>
        public MockSetups MockSetups => LazyInitializer.EnsureInitialized(ref mockSetups, () => new MockSetups(Types))!;
    }
}
