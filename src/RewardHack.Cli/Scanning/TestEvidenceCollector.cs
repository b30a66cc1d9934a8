using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using RewardHack.Cli.Loading;

namespace RewardHack.Cli.Scanning
{
    /// <summary>
    /// Produces, from the analysed test projects, the additional files every production project then receives (the
    /// SpecialCasing rules' test-inputs evidence, `rewardhack.testinputs.txt`). The scanner analyses test projects first,
    /// calls this once, then analyses production projects with its result; <see cref="ScanRequest.CollectTestEvidence"/>
    /// is where it is plugged in.
    /// </summary>
    public delegate ImmutableArray<AdditionalText> TestEvidenceCollector(ImmutableArray<LoadedProject> testProjects, CancellationToken cancellationToken);
}
