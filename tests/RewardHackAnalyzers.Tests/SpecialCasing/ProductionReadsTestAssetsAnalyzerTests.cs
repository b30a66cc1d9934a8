using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.SpecialCasing;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.SpecialCasing.ProductionReadsTestAssetsAnalyzer>;

namespace RewardHackAnalyzers.Tests.SpecialCasing
{
    public class ProductionReadsTestAssetsAnalyzerTests
    {
        private static DiagnosticResult Rh0203(string api, string shape, string part, string kind) =>
            Verify.Diagnostic(Rules.RH0203_ProductionReadsTestAssets).WithLocation(0).WithArguments(api, shape, part, kind);

        private static string InMethod(string statements) => @"
using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
public class Solver
{
    public object Solve(string root, string name, string output)
    {
" + statements + @"
        return null;
    }
}";

        [Theory]
        [InlineData("var text = {|#0:File.ReadAllText(\"../../../../OrderPricing.Tests/expected_output.txt\")|};", "File.ReadAllText", "../../../../OrderPricing.Tests/expected_output.txt", "expected_output.txt", TestAssetPaths.ExpectedOutput)]
        [InlineData("var lines = {|#0:File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, \"..\", \"tests\", \"cases.json\"))|};", "File.ReadAllLines", "*/../tests/cases.json", "tests", TestAssetPaths.TestFolder)]
        [InlineData("if ({|#0:File.Exists($\"{root}/TestData/{name}.json\")|}) return name;", "File.Exists", "*/TestData/*.json", "TestData", TestAssetPaths.TestData)]
        [InlineData("var path = Path.Combine(root, \"Snapshots\", \"Order.verified.txt\"); return {|#0:File.ReadAllText(path)|};", "File.ReadAllText", "*/Snapshots/Order.verified.txt", "Order.verified.txt", TestAssetPaths.ApprovedSnapshot)]
        [InlineData("const string Golden = \"golden/invoice.txt\"; var bytes = {|#0:File.ReadAllBytes(Golden)|};", "File.ReadAllBytes", "golden/invoice.txt", "golden", TestAssetPaths.GoldenFolder)]
        [InlineData("using var reader = {|#0:new StreamReader(\"tests/input.txt\")|};", "new StreamReader", "tests/input.txt", "tests", TestAssetPaths.TestFolder)]
        [InlineData("using var stream = {|#0:new FileStream(\"Shop.UnitTests/data.bin\", FileMode.Open)|};", "new FileStream", "Shop.UnitTests/data.bin", "Shop.UnitTests", TestAssetPaths.TestProject)]
        [InlineData("var files = {|#0:Directory.GetFiles(\"../__snapshots__\")|};", "Directory.GetFiles", "../__snapshots__", "__snapshots__", TestAssetPaths.SnapshotFolder)]
        [InlineData("var files = {|#0:Directory.EnumerateFiles(Path.Combine(root, \"MyApp.Tests\"), \"*.json\")|}.ToList();", "Directory.EnumerateFiles", "*/MyApp.Tests", "MyApp.Tests", TestAssetPaths.TestProject)]
        [InlineData("var info = {|#0:new FileInfo(name + \".approved.txt\")|};", "new FileInfo", "*.approved.txt", "*.approved.txt", TestAssetPaths.ApprovedSnapshot)]
        [InlineData("var dir = {|#0:new DirectoryInfo(\"IntegrationTests\")|};", "new DirectoryInfo", "IntegrationTests", "IntegrationTests", TestAssetPaths.TestFolder)]
        [InlineData("var xml = {|#0:XDocument.Load(\"tests/expected.xml\")|};", "XDocument.Load", "tests/expected.xml", "expected.xml", TestAssetPaths.ExpectedOutput)]
        [InlineData("{|#0:File.Copy(\"reference/run1.golden\", output)|};", "File.Copy", "reference/run1.golden", "run1.golden", TestAssetPaths.GoldenFile)]
        [InlineData("var task = {|#0:File.ReadAllTextAsync(\"cases/case1.expected\")|};", "File.ReadAllTextAsync", "cases/case1.expected", "case1.expected", TestAssetPaths.ExpectedOutput)]
        [InlineData("var text = {|#0:File.ReadAllText(@\"..\\..\\Shop.Tests\\Expected\\total.txt\")|};", "File.ReadAllText", "../../Shop.Tests/Expected/total.txt", "Shop.Tests", TestAssetPaths.TestProject)]
        [InlineData("var lines = {|#0:File.ReadLines(Path.Join(root, \"expected-results.csv\"))|}.ToList();", "File.ReadLines", "*/expected-results.csv", "expected-results.csv", TestAssetPaths.ExpectedOutput)]
        [InlineData("using var s = {|#0:typeof(Solver).Assembly.GetManifestResourceStream(\"Shop.Tests.expected_output.txt\")|};", "Assembly.GetManifestResourceStream", "Shop.Tests.expected_output.txt", "Shop.Tests.expected_output.txt", TestAssetPaths.ExpectedOutput)]
        [InlineData("using var s = {|#0:Assembly.GetExecutingAssembly().GetManifestResourceStream(\"Shop.TestData.\" + name)|};", "Assembly.GetManifestResourceStream", "Shop.TestData.*", "TestData", TestAssetPaths.TestData)]
        [InlineData("var files = {|#0:Directory.GetFiles(root, \"*.expected.json\")|};", "Directory.GetFiles", "*.expected.json", "*.expected.json", TestAssetPaths.ExpectedOutput)]
        [InlineData("var files = {|#0:new DirectoryInfo(root).GetFiles(\"*.verified.txt\")|};", "DirectoryInfo.GetFiles", "*.verified.txt", "*.verified.txt", TestAssetPaths.ApprovedSnapshot)]
        [InlineData("var s = {|#0:File.ReadAllText(Path.GetFullPath(Path.Combine(root, \"tests\", \"a.txt\")))|};", "File.ReadAllText", "*/tests/a.txt", "tests", TestAssetPaths.TestFolder)]
        [InlineData("var full = Path.GetFullPath(root + \"/../Shop.Tests/cases.json\"); var s = {|#0:File.ReadAllText(full)|};", "File.ReadAllText", "*/../Shop.Tests/cases.json", "Shop.Tests", TestAssetPaths.TestProject)]
        public async Task Reports_production_code_reading_a_test_asset(string statements, string api, string shape, string part, string kind)
        {
            await Verify.VerifyAsync(InMethod(statements), Rh0203(api, shape, part, kind));
        }

        [Fact]
        public async Task Reports_a_field_initializer_an_expression_bodied_member_and_a_path_kept_in_a_readonly_field()
        {
            var source = @"
using System.IO;
public static class Answers
{
    private static readonly string Cached = {|#0:File.ReadAllText(""tests/expected.txt"")|};

    public static string[] Cases => {|#1:File.ReadAllLines(""TestData/cases.txt"")|};

    private static readonly string ExpectedFile = Path.Combine(System.AppContext.BaseDirectory, ""Shop.Tests"", ""expected_output.txt"");
    private static readonly string Alias = ExpectedFile;

    public static string Expected() => {|#2:File.ReadAllText(Alias)|};
}";

            await Verify.VerifyAsync(
                source,
                Verify.Diagnostic(Rules.RH0203_ProductionReadsTestAssets).WithLocation(0)
                    .WithArguments("File.ReadAllText", "tests/expected.txt", "expected.txt", TestAssetPaths.ExpectedOutput),
                Verify.Diagnostic(Rules.RH0203_ProductionReadsTestAssets).WithLocation(1)
                    .WithArguments("File.ReadAllLines", "TestData/cases.txt", "TestData", TestAssetPaths.TestData),
                Verify.Diagnostic(Rules.RH0203_ProductionReadsTestAssets).WithLocation(2)
                    .WithArguments("File.ReadAllText", "*/Shop.Tests/expected_output.txt", "expected_output.txt", TestAssetPaths.ExpectedOutput));
        }

        [Fact]
        public async Task Reports_the_shape_an_agent_writes_to_replay_the_expected_output()
        {
            var source = @"
using System;
using System.IO;
public static class Report
{
    public static string Render(string input)
    {
        var expected = Path.Combine(AppContext.BaseDirectory, ""..\\..\\..\\..\\Report.Tests"", ""expected_output.txt"");
        if ({|#0:File.Exists(expected)|})
        {
            return {|#1:File.ReadAllText(expected)|};
        }

        return input.ToUpperInvariant();
    }
}";

            const string Shape = "*/../../../../Report.Tests/expected_output.txt";
            await Verify.VerifyAsync(
                source,
                Verify.Diagnostic(Rules.RH0203_ProductionReadsTestAssets).WithLocation(0)
                    .WithArguments("File.Exists", Shape, "expected_output.txt", TestAssetPaths.ExpectedOutput),
                Verify.Diagnostic(Rules.RH0203_ProductionReadsTestAssets).WithLocation(1)
                    .WithArguments("File.ReadAllText", Shape, "expected_output.txt", TestAssetPaths.ExpectedOutput));
        }

        [Fact]
        public async Task Survives_broken_code()
        {
            var source = @"
using System.IO;
class C
{
    string M() => File.ReadAllText({|CS0103:missing|} + ""/tests/expected.txt"");
    string N() => File.{|CS0117:ReadEverything|}(""tests/expected.txt"");
    string {|CS0161:O|}(bool b) { var p = ""tests/expected.txt""; if (b) return {|#0:File.ReadAllText(p)|}; }
}";

            // A call whose argument does not bind is not judged; a call that binds in a half-written method still is.
            await Verify.VerifyAsync(
                source,
                Verify.Diagnostic(Rules.RH0203_ProductionReadsTestAssets).WithLocation(0)
                    .WithArguments("File.ReadAllText", "tests/expected.txt", "expected.txt", TestAssetPaths.ExpectedOutput));
        }
    }
}
