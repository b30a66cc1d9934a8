using System;
using System.Globalization;
using System.IO;

namespace RewardHackAnalyzers.Tests.EndToEnd
{
    /// <summary>A fresh folder under the system temp folder, deleted with everything in it on dispose.</summary>
    internal sealed class TemporaryDirectory : IDisposable
    {
        private TemporaryDirectory(string path)
        {
            FullPath = path;
        }

        public string FullPath { get; }

        public static TemporaryDirectory Create(string purpose)
        {
            string name = string.Create(CultureInfo.InvariantCulture, $"rewardhack-{purpose}-{Guid.NewGuid():N}");
            string path = Path.Combine(Path.GetTempPath(), name);
            Directory.CreateDirectory(path);
            return new TemporaryDirectory(path);
        }

        public string Combine(params string[] parts) => Path.Combine([FullPath, .. parts]);

        public void Dispose()
        {
            if (Directory.Exists(FullPath))
            {
                Directory.Delete(FullPath, recursive: true);
            }
        }
    }
}
