using System;
using System.IO;
using RewardHackAnalyzers.Tests.EndToEnd;

namespace RewardHackAnalyzers.Tests.Package
{
    /// <summary>
    /// The package, packed once per test class into a temporary folder that serves as a local package source,
    /// plus fresh consumer projects that restore it from there.
    /// </summary>
    public sealed class PackedPackage : IDisposable
    {
        private readonly TemporaryDirectory _directory = TemporaryDirectory.Create("package");

        public PackedPackage()
        {
            Version = RepoPaths.Version;
            Feed = _directory.Combine("feed");
            Pack = DotnetCli.Run(RepoPaths.Root, [
                "pack", RepoPaths.PackageProject, .. DotnetCli.PlainOutput,
                "-c", "Release",
                "-o", Feed,
                // Own bin/obj folders: nothing the developer or the running test build uses is touched.
                "--artifacts-path", _directory.Combine("artifacts"),
                // The analyzer project is referenced both as a library and as an analyzer, i.e. with two sets of
                // global properties; one build node keeps those two builds from writing the same files at once.
                "-m:1",
            ]);
        }

        public string Version { get; }

        public string Feed { get; }

        internal DotnetResult Pack { get; }

        public string PackagePath => Path.Combine(Feed, $"RewardHackAnalyzers.{Version}.nupkg");

        /// <summary>A new consumer project in its own folder, with its own package cache.</summary>
        internal ConsumerProject CreateConsumer(string name) => ConsumerProject.Create(_directory.Combine(name), Feed, Version);

        public void Dispose() => _directory.Dispose();
    }
}
