using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using RewardHack.Cli.BuildTampering;
using RewardHack.Cli.Findings;
using RewardHack.Cli.Loading;

namespace RewardHack.Cli.Scanning
{
    /// <summary>Runs the BuildTampering checks (<see cref="RepositoryChecks.All"/>) over the scanned tree's files.</summary>
    public static class RepositoryScan
    {
        public static RepositoryFiles FilesOf(ScanInput input) => new(
            input.Root,
            input.SolutionFiles,
            input.ProjectFiles,
            input.AllFiles);

        public static ImmutableArray<Finding> Run(
            IEnumerable<IRepositoryCheck> checks,
            RepositoryFiles files,
            List<AnalyzerFailure> failures,
            CancellationToken cancellationToken)
        {
            var findings = ImmutableArray.CreateBuilder<Finding>();
            foreach (var check in checks)
            {
                try
                {
                    findings.AddRange(check.Check(files, cancellationToken));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A check that throws is a failure of the tool, reported like an analyzer's (exit code 3).
                    failures.Add(new AnalyzerFailure(check.GetType().Name, ScanPaths.Relative(files.Root, files.Root), e.GetType().Name + ": " + e.Message));
                }
            }

            return findings.ToImmutable();
        }
    }
}
