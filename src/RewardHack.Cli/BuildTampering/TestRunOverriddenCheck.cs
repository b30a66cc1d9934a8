using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Xml.Linq;
using RewardHack.Cli.Findings;
using RewardHackAnalyzers.Catalog;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// RH0605: build logic that overrides how tests run — the SDK's test targets redefined, a test run whose failure is
    /// ignored (ContinueOnError, IgnoreExitCode), and test-run properties that leave tests out by name or ignore failed tests.
    /// </summary>
    public sealed class TestRunOverriddenCheck : IRepositoryCheck
    {
        // Targets the SDK and Microsoft.Testing.Platform define for `dotnet test`: redefining them replaces the test run.
        private static readonly string[] SdkTestTargets = { "VSTest", "InvokeTestingPlatform" };
        private static readonly string[] ContinueOnErrorValues = { "true", "WarnAndContinue", "ErrorAndContinue" };
        private static readonly string[] TestRunTasks = { "VSTestTask", "MSBuild", "CallTarget" };
        // MSBuild properties that carry `dotnet test` arguments, and the .runsettings element that carries the filter.
        private static readonly string[] ArgumentProperties = { "VSTestTestCaseFilter", "TestingPlatformCommandLineArguments", "TestCaseFilter" };

        private static Microsoft.CodeAnalysis.DiagnosticDescriptor Rule => Rules.RH0605_TestRunOverriddenInBuildLogic;

        public IEnumerable<Finding> Check(RepositoryFiles files, CancellationToken cancellationToken)
        {
            var runSettings = TemplateContent.Without(files, files.AllFiles).Where(p => TextFiles.HasExtension(p, ".runsettings")).OrderBy(p => p, StringComparer.Ordinal);
            foreach (var file in RepositoryBuild.Load(files).Concat(BuildXml.LoadAll(runSettings)))
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var (element, evidence, what) in Evidence(file).OrderBy(e => ((System.Xml.IXmlLineInfo)e.Element).LineNumber))
                {
                    yield return RepositoryFinding.Create(Rule, files, file.Path, file.SpanOf(element), evidence, what);
                }
            }
        }

        private static IEnumerable<(XElement Element, string Evidence, string What)> Evidence(BuildXml file)
        {
            foreach (var target in file.Elements("Target"))
            {
                var name = target.Attribute("Name")?.Value.Trim() ?? string.Empty;
                if (SdkTestTargets.Contains(name, StringComparer.OrdinalIgnoreCase) && !IsSdkStyleProject(file))
                {
                    yield return (target, $"<Target Name=\"{name}\">", "replaces the SDK's test run, so dotnet test runs this target instead of the tests");
                }
                else if (name.Equals("Test", StringComparison.OrdinalIgnoreCase) && !RunsTests(target))
                {
                    yield return (target, "<Target Name=\"Test\">", "defines the test target with nothing in it that runs tests");
                }
            }

            foreach (var task in file.Elements("Target").SelectMany(t => t.Elements()).Where(RunsTestsItself))
            {
                var continueOnError = task.Attribute("ContinueOnError")?.Value.Trim();
                if (continueOnError is not null && ContinueOnErrorValues.Contains(continueOnError, StringComparer.OrdinalIgnoreCase))
                {
                    yield return (task, $"ContinueOnError=\"{continueOnError}\"", $"lets the build pass when the tests run by <{task.Name.LocalName}> fail");
                }

                if (task.Name.LocalName.Equals("Exec", StringComparison.OrdinalIgnoreCase) && BuildXml.IsTrue(task.Attribute("IgnoreExitCode")?.Value))
                {
                    yield return (task, "IgnoreExitCode=\"true\"", "lets the build pass when the tests run by <Exec> fail");
                }
            }

            foreach (var property in ArgumentProperties.SelectMany(file.Elements))
            {
                var excluded = TestCommands.ExclusionIn(property.Value);
                if (excluded is not null)
                {
                    yield return (property, $"{property.Name.LocalName}: {excluded}", "leaves the tests it excludes out of every test run");
                }

                var ignored = TestCommands.FailureIgnoredIn(property.Value);
                if (ignored is not null)
                {
                    yield return (property, $"{property.Name.LocalName}: {ignored}", "makes test runs pass when tests fail");
                }
            }
        }

        /// <summary>
        /// MSBuild keeps the last definition of a target. The SDK's test targets are imported after an SDK-style project's
        /// body (so a redefinition there loses) and before Directory.Build.targets (so a redefinition there wins).
        /// </summary>
        private static bool IsSdkStyleProject(BuildXml file) =>
            !TextFiles.HasExtension(file.Path, ".props", ".targets") && file.Document.Root?.Attribute("Sdk") is not null;

        /// <summary>
        /// A Test target may run tests when it depends on other targets or runs a command, build or task that could (a repository's
        /// own Test target that execs its test script is legitimate); one that only prints or sets properties cannot.
        /// </summary>
        private static bool RunsTests(XElement target) =>
            !string.IsNullOrWhiteSpace(target.Attribute("DependsOnTargets")?.Value)
            || target.Elements().Any(e => e.Name.LocalName.Equals("Exec", StringComparison.OrdinalIgnoreCase) || TestRunTasks.Contains(e.Name.LocalName, StringComparer.OrdinalIgnoreCase));

        /// <summary>A task that runs tests: the VSTest task, MSBuild or CallTarget of a test target, or an Exec of a test command.</summary>
        private static bool RunsTestsItself(XElement task)
        {
            var name = task.Name.LocalName;
            if (name.Equals("Exec", StringComparison.OrdinalIgnoreCase))
            {
                return TestCommands.FindCommand(task.Attribute("Command")?.Value ?? string.Empty) is not null;
            }

            if (!TestRunTasks.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }

            return name.Equals("VSTestTask", StringComparison.OrdinalIgnoreCase)
                || (task.Attribute("Targets")?.Value ?? string.Empty).Split(';', StringSplitOptions.TrimEntries)
                    .Any(t => t.Equals("Test", StringComparison.OrdinalIgnoreCase) || SdkTestTargets.Contains(t, StringComparer.OrdinalIgnoreCase));
        }
    }
}
