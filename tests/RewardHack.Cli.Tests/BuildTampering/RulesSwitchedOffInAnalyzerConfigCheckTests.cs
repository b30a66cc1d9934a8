using RewardHack.Cli.BuildTampering;
using RewardHack.Cli.Tests.Infrastructure;
using Xunit;

namespace RewardHack.Cli.Tests.BuildTampering
{
    public class RulesSwitchedOffInAnalyzerConfigCheckTests
    {
        private static readonly RulesSwitchedOffInAnalyzerConfigCheck Check = new();

        [Fact]
        public void Rule_set_to_none_or_silent_in_an_editorconfig_is_reported_at_the_line()
        {
            using var tree = new TempTree().Write(".editorconfig", """
                root = true

                [*.cs]
                indent_size = 4
                dotnet_diagnostic.RH0001.severity = none
                  dotnet_diagnostic.rh0402.severity = silent # flaky
                """);

            Assert.Equal(
                [
                    "RH0603 Warning .editorconfig(5,1-5,41): 'dotnet_diagnostic.RH0001.severity = none' switches off RH0001",
                    "RH0603 Warning .editorconfig(6,3-6,53): 'dotnet_diagnostic.rh0402.severity = silent # flaky' switches off RH0402",
                ],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Category_and_all_analyzer_severities_in_a_globalconfig_are_reported()
        {
            using var tree = new TempTree().Write("build/Shop.globalconfig", """
                is_global = true
                dotnet_analyzer_diagnostic.category-RiggedEquality.severity = silent
                dotnet_analyzer_diagnostic.severity = none
                """);

            Assert.Equal(
                [
                    "RH0603 Warning build/Shop.globalconfig(2,1-2,69): 'dotnet_analyzer_diagnostic.category-RiggedEquality.severity = silent' switches off every rule of category RiggedEquality",
                    "RH0603 Warning build/Shop.globalconfig(3,1-3,43): 'dotnet_analyzer_diagnostic.severity = none' switches off every analyzer diagnostic, RewardHackAnalyzers rules included",
                ],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Generated_code_on_a_test_folder_is_reported_with_the_test_files()
        {
            using var tree = new TempTree()
                .Write(".editorconfig", """
                    [tests/**.cs]
                    generated_code = true
                    """)
                .Write("tests/Shop.Tests/OrderTests.cs", TestFiles.XunitTests)
                .Write("tests/Shop.Tests/InvoiceTests.cs", TestFiles.NUnitTests);

            Assert.Equal(
                ["RH0603 Warning .editorconfig(2,1-2,22): 'generated_code = true' switches off analyzer checks of the test files 'tests/Shop.Tests/InvoiceTests.cs' and 1 more (most analyzers skip generated code)"],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Generated_code_on_a_file_name_glob_matches_at_any_depth()
        {
            using var tree = new TempTree()
                .Write("tests/.editorconfig", """
                    [{Order,Invoice}Tests.cs]
                    generated_code = true
                    """)
                .Write("tests/Shop.Tests/OrderTests.cs", TestFiles.XunitTests);

            Assert.Equal(
                ["RH0603 Warning tests/.editorconfig(2,1-2,22): 'generated_code = true' switches off analyzer checks of the test file 'tests/Shop.Tests/OrderTests.cs' (most analyzers skip generated code)"],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Test_integrity_check_silenced_for_test_files_is_reported()
        {
            using var tree = new TempTree()
                .Write(".editorconfig", """
                    [tests/**.cs]
                    dotnet_diagnostic.xUnit1004.severity = none
                    dotnet_diagnostic.xUnit1026.severity = none

                    [src/**.cs]
                    dotnet_diagnostic.CS0162.severity = none
                    """)
                .Write("src/Shop/Order.cs", TestFiles.NotTests)
                .Write("tests/Shop.Tests/OrderTests.cs", TestFiles.XunitTests);

            Assert.Equal(
                ["RH0603 Warning .editorconfig(2,1-2,44): 'dotnet_diagnostic.xUnit1004.severity = none' switches off test-integrity check xUnit1004 for the test file 'tests/Shop.Tests/OrderTests.cs'"],
                RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Generated_code_on_real_generated_files_is_not_reported()
        {
            using var tree = new TempTree()
                .Write(".editorconfig", """
                    [src/Shop/Migrations/**.cs]
                    generated_code = true
                    """)
                .Write("src/Shop/Migrations/Initial.cs", TestFiles.NotTests)
                .Write("tests/Shop.Tests/OrderTests.cs", TestFiles.XunitTests);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void Lowering_to_suggestion_raising_and_other_rules_are_not_reported()
        {
            using var tree = new TempTree().Write(".editorconfig", """
                [*.cs]
                dotnet_diagnostic.RH0001.severity = suggestion
                dotnet_diagnostic.RH0402.severity = error
                dotnet_diagnostic.CA1707.severity = none
                dotnet_analyzer_diagnostic.category-Style.severity = none
                dotnet_analyzer_diagnostic.severity = warning
                # dotnet_diagnostic.RH0004.severity = none
                """);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }

        [Fact]
        public void An_editorconfig_setting_outside_any_section_applies_to_no_file()
        {
            using var tree = new TempTree().Write(".editorconfig", """
                root = true
                dotnet_diagnostic.RH0001.severity = none
                """);

            Assert.Empty(RepositoryScan.Run(Check, tree));
        }
    }
}
