using System.Threading.Tasks;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.SpecialCasing.ProductionReadsTestAssetsAnalyzer>;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    /// <summary>Look-alikes of RH0203 that are legitimate: each must stay silent.</summary>
    public class ProductionReadsTestAssetsNegativeTests
    {
        private static string InMethod(string statements) => @"
using System;
using System.IO;
public class Loader
{
    public object Load(string path, string root)
    {
" + statements + @"
        return null;
    }
}";

        [Fact]
        public async Task An_xunit_test_reads_its_own_test_data()
        {
            var source = @"
using System.IO;
using Xunit;
public class OrderTests
{
    [Fact]
    public void Totals_match_the_expected_output()
    {
        var expected = File.ReadAllText(""TestData/expected_output.txt"");
        Assert.Equal(expected, ""42"");
    }
}
public static class Fixtures
{
    public static string Load(string name) => File.ReadAllText(Path.Combine(""tests"", ""TestData"", name + "".expected.json""));
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2);
        }

        [Fact]
        public async Task An_nunit_test_reads_an_approved_snapshot()
        {
            var source = @"
using System.IO;
using NUnit.Framework;
[TestFixture]
public class InvoiceTests
{
    [Test]
    public void Invoice_matches() => Assert.That(""Total: 1"", Is.EqualTo(File.ReadAllText(""Invoice.verified.txt"")));
}";

            await Verify.VerifyAsync(source, TestLibraries.NUnit4);
        }

        [Fact]
        public async Task An_mstest_test_lists_its_golden_files()
        {
            var source = @"
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class GoldenTests
{
    [TestMethod]
    public void Every_golden_file_exists() => Assert.AreNotEqual(0, Directory.GetFiles(""golden"").Length);
}";

            await Verify.VerifyAsync(source, TestLibraries.MSTest);
        }

        [Theory]
        [InlineData("var s = File.ReadAllText(\"appsettings.Test.json\");")]
        [InlineData("var s = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, \"appsettings.Development.json\"));")]
        [InlineData("var s = File.ReadAllText(\"config/test/appsettings.json\");")]
        public async Task Reading_configuration_is_not_reported(string statements)
        {
            await Verify.VerifyAsync(InMethod(statements));
        }

        [Theory]
        [InlineData("var s = File.ReadAllText(path);")]
        [InlineData("var s = File.ReadAllText(Path.Combine(root, path));")]
        [InlineData("var s = File.ReadAllText($\"{root}/{path}\");")]
        [InlineData("var files = Directory.GetFiles(root, \"*.json\");")]
        public async Task A_path_the_caller_chooses_is_not_reported(string statements)
        {
            await Verify.VerifyAsync(InMethod(statements));
        }

        [Theory]
        [InlineData("var s = File.ReadAllText(\"Contests/latest.json\");")]
        [InlineData("var s = File.ReadAllText(\"attestations/protests.txt\");")]
        [InlineData("var s = File.ReadAllText(\"data/ExpectedDeliveryDates.json\");")]
        [InlineData("var s = File.ReadAllText(\"logs/unexpected.log\");")]
        [InlineData("var s = File.ReadAllText(\"approved.json\");")]
        [InlineData("var s = File.ReadAllBytes(\"images/golden-retriever.jpg\");")]
        public async Task Test_words_inside_longer_names_are_not_reported(string statements)
        {
            await Verify.VerifyAsync(InMethod(statements));
        }

        [Fact]
        public async Task A_type_named_TestData_is_not_a_path()
        {
            var source = @"
using System.IO;
public sealed class TestData
{
    public string Name { get; } = nameof(TestData);
}
public static class Catalog
{
    public static string Load(string dir) => File.ReadAllText(Path.Combine(dir, nameof(TestData) + "".json""));
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Documentation_and_logging_that_mention_a_test_path_are_not_reported()
        {
            var source = @"
using System;
using System.Diagnostics;
/// <summary>Mirrors tests/expected_output.txt; see TestData/README.md.</summary>
public static class Diagnostics
{
    public const string Help = ""Run the tests; they compare with tests/expected_output.txt."";

    public static void Report(string path)
    {
        Console.WriteLine(""Comparing with {0}"", ""tests/expected_output.txt"");
        Trace.WriteLine($""Snapshot: {path}/__snapshots__/order.snap"");
    }
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Writing_a_file_under_tests_is_not_reading_one()
        {
            await Verify.VerifyAsync(InMethod("File.WriteAllText(\"tests/expected_output.txt\", root);"));
        }

        [Fact]
        public async Task A_user_method_named_like_a_file_api_is_not_reported()
        {
            var source = @"
static class File { public static string ReadAllText(string path) => path; }
class C { string M() => File.ReadAllText(""tests/expected_output.txt""); }";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task A_readonly_field_set_from_the_caller_is_not_a_test_path()
        {
            var source = @"
using System.IO;
public sealed class Importer
{
    private readonly string _path;

    public Importer(string path) => _path = path;

    public string Read() => File.ReadAllText(_path);
}";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task A_local_reassigned_to_a_caller_path_is_not_followed()
        {
            await Verify.VerifyAsync(InMethod("var target = \"tests/expected.txt\"; target = path; var s = File.ReadAllText(target);"));
        }
    }
}
