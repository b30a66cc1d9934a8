using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// Collects the scan's notices (skipped or partly read input) from every loading step, thread-safely, with paths made
    /// relative to the scan root so a notice reads like a finding.
    /// </summary>
    public sealed class NoticeLog
    {
        private readonly ConcurrentQueue<ScanNotice> notices = new();

        public NoticeLog(string root)
        {
            Root = root;
        }

        public string Root { get; }

        public void Add(string path, string message) => notices.Enqueue(new ScanNotice(ScanPaths.Relative(Root, path), message));

        public ImmutableArray<ScanNotice> ToImmutable() =>
            notices.Distinct().OrderBy(n => n.Path, System.StringComparer.Ordinal).ThenBy(n => n.Message, System.StringComparer.Ordinal).ToImmutableArray();
    }
}
