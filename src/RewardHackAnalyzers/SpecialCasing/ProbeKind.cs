namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>What a probe reads about the running program; the kind decides which names count as a match, and which rule reports it.</summary>
    internal enum ProbeKind
    {
        /// <summary>The loaded assemblies, the entry assembly, the application domain, the current process.</summary>
        Runtime,

        /// <summary>The command line: the program's own input, so only a runner's name counts, never a test word.</summary>
        CommandLine,

        /// <summary>The environment variables.</summary>
        Environment,

        /// <summary>The stack trace, a stack frame, the current method, the calling assembly.</summary>
        Stack,

        /// <summary>A <c>[CallerMemberName]</c> or <c>[CallerFilePath]</c> parameter.</summary>
        Caller,
    }
}
