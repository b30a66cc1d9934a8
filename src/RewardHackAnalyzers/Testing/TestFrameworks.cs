using System;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>Test frameworks a compilation references.</summary>
    [Flags]
    public enum TestFrameworks
    {
        None = 0,
        XunitV2 = 1 << 0,
        XunitV3 = 1 << 1,
        NUnit = 1 << 2,
        MSTest = 1 << 3,
        TUnit = 1 << 4,
    }

    /// <summary>Fluent assertion libraries a compilation references.</summary>
    [Flags]
    public enum AssertionLibraries
    {
        None = 0,
        FluentAssertions = 1 << 0,
        AwesomeAssertions = 1 << 1,
        Shouldly = 1 << 2,
    }

    /// <summary>Mocking libraries a compilation references.</summary>
    [Flags]
    public enum MockingLibraries
    {
        None = 0,
        Moq = 1 << 0,
        NSubstitute = 1 << 1,
        FakeItEasy = 1 << 2,
    }
}
