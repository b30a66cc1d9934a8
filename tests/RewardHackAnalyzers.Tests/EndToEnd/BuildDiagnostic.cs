namespace RewardHackAnalyzers.Tests.EndToEnd
{
    /// <summary>
    /// A diagnostic as MSBuild prints it. <see cref="File"/> is relative to the folder the test cares about, with '/'
    /// separators; for a diagnostic without a source position (e.g. <c>CSC : warning AD0001</c>) it is the origin
    /// as printed and <see cref="Line"/> is 0.
    /// </summary>
    internal sealed record BuildDiagnostic(string Id, string Severity, string File, int Line)
    {
        public override string ToString() => $"{File}({Line}): {Severity} {Id}";
    }
}
