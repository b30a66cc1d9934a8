using System.Threading;

namespace RewardHackAnalyzers.Testing
{
    public sealed partial class TestModel
    {
        private ExceptionExpectations? exceptionExpectations;

        /// <summary>
        /// Reads what exception assertions, NUnit <c>Throws</c> constraints and <c>[ExpectedException]</c> expect.
        /// Created on first use; touch it in <c>OnCompilationStart</c> so its type look-ups never run in a node callback.
        /// </summary>
        public ExceptionExpectations ExceptionExpectations =>
            LazyInitializer.EnsureInitialized(ref exceptionExpectations, () => new ExceptionExpectations(Types, Compilation))!;
    }
}
