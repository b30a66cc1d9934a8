using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>What an assertion checks, reduced to the few kinds RH0401 can prove always pass.</summary>
    internal enum AssertionKind
    {
        /// <summary>Passes when subject and expected are equal (Equal, AreEqual, Be, ShouldBe, Is.EqualTo).</summary>
        Equality,

        /// <summary>Passes when subject and expected are the same reference (Same, AreSame, BeSameAs, Is.SameAs).</summary>
        Identity,

        /// <summary>Passes when the condition is true (True, IsTrue, That(bool), BeTrue, ShouldBeTrue, Is.True).</summary>
        IsTrue,

        /// <summary>Passes when the condition is false.</summary>
        IsFalse,

        /// <summary>Passes when the subject is not null (NotNull, IsNotNull, NotBeNull, ShouldNotBeNull, Is.Not.Null).</summary>
        NotNull,

        /// <summary>Passes when the subject's runtime type is exactly <see cref="AssertionShape.Type"/>.</summary>
        ExactType,

        /// <summary>Passes when the subject is an instance of <see cref="AssertionShape.Type"/> (or derived).</summary>
        AssignableType,
    }

    /// <summary>An assertion's kind, the value it checks and, when it has one, the value or type it checks against.</summary>
    internal sealed class AssertionShape
    {
        public AssertionShape(AssertionKind kind, IOperation subject, IOperation? expected = null, ITypeSymbol? type = null)
        {
            Kind = kind;
            Subject = subject;
            Expected = expected;
            Type = type;
        }

        public AssertionKind Kind { get; }

        /// <summary>The value checked: the actual value, the condition, the object tested for null or type.</summary>
        public IOperation Subject { get; }

        public IOperation? Expected { get; }

        public ITypeSymbol? Type { get; }
    }
}
