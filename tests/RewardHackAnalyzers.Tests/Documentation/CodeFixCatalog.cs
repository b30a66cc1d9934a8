using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis.CodeFixes;

namespace RewardHackAnalyzers.Tests.Documentation
{
    /// <summary>
    /// Which diagnostics have a code fix, read from the shipped code-fix assembly the way an IDE finds them:
    /// exported <see cref="CodeFixProvider"/> types and their <see cref="CodeFixProvider.FixableDiagnosticIds"/>.
    /// </summary>
    internal static class CodeFixCatalog
    {
        private const string AssemblyName = "RewardHackAnalyzers.CodeFixes";

        private static readonly Lazy<ImmutableHashSet<string>> Ids = new(Load);

        public static ImmutableHashSet<string> FixableIds => Ids.Value;

        public static bool HasFix(string id) => FixableIds.Contains(id);

        private static ImmutableHashSet<string> Load() =>
            Assembly.Load(new AssemblyName(AssemblyName)).GetTypes()
                .Where(t => !t.IsAbstract
                    && typeof(CodeFixProvider).IsAssignableFrom(t)
                    && t.GetCustomAttribute<ExportCodeFixProviderAttribute>() is not null)
                .Select(t => (CodeFixProvider)Activator.CreateInstance(t)!)
                .SelectMany(p => p.FixableDiagnosticIds)
                .ToImmutableHashSet(StringComparer.Ordinal);
    }
}
