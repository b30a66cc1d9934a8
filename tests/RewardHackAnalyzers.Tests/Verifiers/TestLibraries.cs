using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace RewardHackAnalyzers.Tests.Verifiers
{
    /// <summary>
    /// Reference sets for test sources: .NET 8 plus one test framework or library, each pinned to a version the
    /// package source serves, so every rule can be exercised on every framework it supports.
    /// </summary>
    public static class TestLibraries
    {
        public static ReferenceAssemblies Net80 { get; } = Downloaded(() => ReferenceAssemblies.Net.Net80);

        public static ReferenceAssemblies XunitV2 { get; } = With(("xunit", "2.9.3"));
        public static ReferenceAssemblies XunitV3 { get; } = With(("xunit.v3.extensibility.core", "3.2.2"), ("xunit.v3.assert", "3.2.2"));
        public static ReferenceAssemblies NUnit3 { get; } = With(("NUnit", "3.14.0"));
        public static ReferenceAssemblies NUnit4 { get; } = With(("NUnit", "4.3.2"));
        public static ReferenceAssemblies MSTest { get; } = With(("MSTest.TestFramework", "3.11.1"));
        public static ReferenceAssemblies TUnit { get; } = With(("TUnit.Core", "1.81.10"), ("TUnit.Assertions", "1.81.10")); // as the TUnit package brings both
        public static ReferenceAssemblies FluentAssertions { get; } = With(("xunit", "2.9.3"), ("FluentAssertions", "7.2.2"));
        public static ReferenceAssemblies AwesomeAssertions { get; } = With(("xunit", "2.9.3"), ("AwesomeAssertions", "9.6.0"));
        public static ReferenceAssemblies Shouldly { get; } = With(("xunit", "2.9.3"), ("Shouldly", "4.3.0"));
        public static ReferenceAssemblies Moq { get; } = With(("xunit", "2.9.3"), ("Moq", "4.20.72"));
        public static ReferenceAssemblies NSubstitute { get; } = With(("xunit", "2.9.3"), ("NSubstitute", "5.3.0"));
        public static ReferenceAssemblies FakeItEasy { get; } = With(("xunit", "2.9.3"), ("FakeItEasy", "6.0.1"), ("Castle.Core", "4.4.0")); // 4.3.1, its floor, is not served

        /// <summary>.NET 8 plus the given NuGet packages (id, version).</summary>
        public static ReferenceAssemblies With(params (string Id, string Version)[] packages)
        {
            var identities = ImmutableArray.CreateBuilder<PackageIdentity>(packages.Length);
            foreach (var (id, version) in packages)
            {
                identities.Add(new PackageIdentity(id, version));
            }

            return Downloaded(() => Net80.AddPackages(identities.ToImmutable()));
        }

        // The testing library's first resolution of a package it has just downloaded can omit that package's
        // assemblies, and each instance memoises what it resolved. So: download through a throw-away instance, then
        // hand out a fresh one that resolves from the complete local cache. Type initialisation runs this once.
        private static ReferenceAssemblies Downloaded(System.Func<ReferenceAssemblies> create)
        {
            var download = create();
            Task.Run(() => download.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).GetAwaiter().GetResult();
            return create();
        }
    }
}
