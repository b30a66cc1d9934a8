using System.Collections.Generic;
using System.Threading;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// A BuildTampering check (RH0601–RH0699) over the scanned tree's project, solution, configuration and CI files. Checks only
    /// read files; nothing found in the scanned tree is ever executed or evaluated.
    /// </summary>
    public interface IRepositoryCheck
    {
        IEnumerable<Finding> Check(RepositoryFiles files, CancellationToken cancellationToken);
    }
}
