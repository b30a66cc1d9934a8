using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// Lists every file under a folder, skipping build output and tool folders, unreadable folders (with a notice) and
    /// symbolic links that lead back into a folder already listed (a link loop, with a notice) — so any tree terminates.
    /// </summary>
    public static class FileTreeWalker
    {
        private static readonly HashSet<string> IgnoredFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", "node_modules", ".vs" };

        public static ImmutableArray<string> Files(string root, NoticeLog notices)
        {
            var files = ImmutableArray.CreateBuilder<string>();
            var visited = new HashSet<string>(ScanPaths.Comparer);
            var pending = new Stack<(DirectoryInfo Directory, string RealPath)>();
            var start = new DirectoryInfo(root);
            pending.Push((start, RealPathOf(start) ?? start.FullName));

            while (pending.Count > 0)
            {
                var (directory, realPath) = pending.Pop();
                if (!visited.Add(realPath))
                {
                    continue;
                }

                IEnumerable<FileSystemInfo> entries;
                try
                {
                    entries = directory.GetFileSystemInfos();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
                {
                    notices.Add(directory.FullName, "folder skipped: it cannot be read (" + e.Message + ")");
                    continue;
                }

                foreach (var entry in entries)
                {
                    if (entry is DirectoryInfo child)
                    {
                        if (IgnoredFolders.Contains(child.Name))
                        {
                            continue;
                        }

                        var childReal = child.LinkTarget is null ? Path.Combine(realPath, child.Name) : RealPathOf(child);
                        if (childReal is null)
                        {
                            notices.Add(child.FullName, "symbolic link skipped: its target cannot be resolved");
                        }
                        else if (child.LinkTarget is not null && (ScanPaths.IsUnder(realPath, childReal) || visited.Contains(childReal)))
                        {
                            notices.Add(child.FullName, "symbolic link skipped: it leads back to a folder already scanned (link loop)");
                        }
                        else
                        {
                            pending.Push((child, childReal));
                        }
                    }
                    else
                    {
                        files.Add(entry.FullName);
                    }
                }
            }

            files.Sort(ScanPaths.Comparer);
            return files.ToImmutable();
        }

        private static string? RealPathOf(DirectoryInfo directory)
        {
            try
            {
                return directory.LinkTarget is null ? directory.FullName : directory.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
            }
            catch (IOException)
            {
                // A link cycle the OS itself refuses to resolve (too many levels of links).
                return null;
            }
        }
    }
}
