using System;
using System.IO;

namespace RewardHack.Cli.Tests.Infrastructure
{
    /// <summary>A throw-away folder of files for one test, deleted on dispose. Paths are relative, with '/' separators.</summary>
    public sealed class TempTree : IDisposable
    {
        public TempTree()
        {
            Root = Path.Combine(Path.GetTempPath(), "rewardhack-cli-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Root);
        }

        public string Root { get; }

        public string PathOf(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

        public TempTree Write(string relativePath, string contents)
        {
            var path = PathOf(relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, contents);
            return this;
        }

        public TempTree WriteBytes(string relativePath, byte[] contents)
        {
            var path = PathOf(relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, contents);
            return this;
        }

        public bool Exists(string relativePath) => File.Exists(PathOf(relativePath)) || Directory.Exists(PathOf(relativePath));

        public void Dispose()
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a child process: the OS temp cleaner takes it later; the test result stands.
            }
            catch (UnauthorizedAccessException)
            {
                // Same: a read-only file planted by a bad-input test.
            }
        }
    }
}
