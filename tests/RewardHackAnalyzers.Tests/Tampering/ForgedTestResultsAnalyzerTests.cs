using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Tests.Verifiers;
using Verify = RewardHackAnalyzers.Tests.Verifiers.AnalyzerVerifier<RewardHackAnalyzers.Tampering.ForgedTestResultsAnalyzer>;

namespace RewardHackAnalyzers.Tests.Tampering
{
    public class ForgedTestResultsAnalyzerTests
    {
        private const string TestResult = "a test result file";
        private const string Snapshot = "an approved snapshot";
        private const string UnderTestResults = "a file under TestResults/";

        private static DiagnosticResult Rh0305(int location, string api, string shape, string kind) =>
            Verify.Diagnostic(Rules.RH0305_ForgedTestResults).WithLocation(location).WithArguments(api, shape, kind);

        private static string InMethod(string statements) => @"
using System.IO;
using System.Xml.Linq;
class Forger
{
    void Run(string dir, string name, string text)
    {
" + statements + @"
    }
}";

        [Theory]
        [InlineData("{|#0:File.WriteAllText(\"results.trx\", text)|};", "File.WriteAllText", "results.trx", TestResult)]
        [InlineData("{|#0:File.WriteAllTextAsync($\"{dir}/run.TRX\", text)|};", "File.WriteAllTextAsync", "*/run.TRX", TestResult)]
        [InlineData("{|#0:File.Copy(name, Path.Combine(dir, \"junit-results.xml\"))|};", "File.Copy", "*/junit-results.xml", TestResult)]
        [InlineData("{|#0:File.Move(name, dir + \"/TestResults/\" + name, true)|};", "File.Move", "*/TestResults/*", UnderTestResults)]
        [InlineData("{|#0:File.Create(Path.Combine(dir, \"TestResults\", name))|}.Dispose();", "File.Create", "*/TestResults/*", UnderTestResults)]
        [InlineData("{|#0:File.OpenWrite(name + \".verified.txt\")|}.Dispose();", "File.OpenWrite", "*.verified.txt", Snapshot)]
        [InlineData("using var w = {|#0:new StreamWriter($\"{name}.verified.json\")|};", "new StreamWriter", "*.verified.json", Snapshot)]
        [InlineData("using var s = {|#0:new FileStream(\"junit.xml\", FileMode.Create)|};", "new FileStream", "junit.xml", TestResult)]
        [InlineData("using var s = {|#0:File.Open(\"a.trx\", FileMode.Open, FileAccess.Write)|};", "File.Open", "a.trx", TestResult)]
        [InlineData("{|#0:new FileInfo(name).CopyTo(\"Snapshots\\\\Order.verified.txt\", true)|};", "FileInfo.CopyTo", "Snapshots/Order.verified.txt", Snapshot)]
        [InlineData("{|#0:new XDocument().Save(\"junit.xml\")|};", "XDocument.Save", "junit.xml", TestResult)]
        [InlineData("var approved = $\"{name}.verified.txt\"; {|#0:File.WriteAllText(approved, text)|};", "File.WriteAllText", "*.verified.txt", Snapshot)]
        public async Task Reports_code_writing_a_result_or_snapshot_file(string statements, string api, string shape, string kind)
        {
            await Verify.VerifyAsync(InMethod(statements), Rh0305(0, api, shape, kind));
        }

        [Fact]
        public async Task Reports_an_xunit_test_that_approves_its_own_snapshot()
        {
            var source = @"
using System.IO;
using Xunit;
public class OrderTests
{
    [Fact]
    public void Order_matches_snapshot()
    {
        var actual = ""{ total: 10 }"";
        {|#0:File.WriteAllText(""OrderTests.Order_matches_snapshot.verified.txt"", actual)|};
        Assert.Equal(actual, File.ReadAllText(""OrderTests.Order_matches_snapshot.verified.txt""));
    }
}";

            await Verify.VerifyAsync(source, TestLibraries.XunitV2, Rh0305(0, "File.WriteAllText", "OrderTests.Order_matches_snapshot.verified.txt", Snapshot));
        }

        [Fact]
        public async Task Reports_an_nunit_one_time_teardown_that_writes_a_trx()
        {
            var source = @"
using System.IO;
using NUnit.Framework;
[SetUpFixture]
public class Reporting
{
    [OneTimeTearDown]
    public void Publish() => {|#0:File.WriteAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, ""TestResults"", ""run.trx""), ""<TestRun outcome='Passed'/>"")|};
}";

            await Verify.VerifyAsync(source, TestLibraries.NUnit4, Rh0305(0, "File.WriteAllText", "*/TestResults/run.trx", TestResult));
        }

        [Fact]
        public async Task Reports_an_mstest_assembly_cleanup_that_copies_a_junit_file()
        {
            var source = @"
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;
[TestClass]
public class Reporting
{
    [AssemblyCleanup]
    public static void Publish() => {|#0:File.Copy(""green.xml"", ""junit.xml"", overwrite: true)|};
}";

            await Verify.VerifyAsync(source, TestLibraries.MSTest, Rh0305(0, "File.Copy", "junit.xml", TestResult));
        }

        [Theory]
        [InlineData("var t = File.ReadAllText(\"results.trx\");")]
        [InlineData("File.Copy(\"Order.verified.txt\", Path.Combine(dir, \"backup.txt\"));")]
        [InlineData("File.WriteAllText($\"{name}.received.txt\", text);")]
        [InlineData("File.WriteAllText(Path.Combine(dir, \"TestData\", \"orders.json\"), text);")]
        [InlineData("File.WriteAllText(\"report.xml\", text);")]
        [InlineData("File.WriteAllText(name, text);")]
        [InlineData("using var s = new FileStream(\"results.trx\", FileMode.Open, FileAccess.Read);")]
        [InlineData("using var r = new StreamReader(\"junit.xml\");")]
        [InlineData("File.Delete(\"Order.verified.txt\");")]
        [InlineData("var d = XDocument.Load(\"junit.xml\");")]
        [InlineData("File.WriteAllText(\"TestResults\", text);")]
        [InlineData("var target = \"a.trx\"; target = name; File.WriteAllText(target, text);")]
        public async Task Does_not_report_reads_other_files_or_unknown_paths(string statements)
        {
            await Verify.VerifyAsync(InMethod(statements));
        }

        [Fact]
        public async Task Does_not_report_a_user_method_named_like_file_write()
        {
            var source = @"
static class File { public static void WriteAllText(string path, string text) { } }
class C { void M() => File.WriteAllText(""results.trx"", """"); }";

            await Verify.VerifyAsync(source);
        }

        [Fact]
        public async Task Survives_broken_code()
        {
            var source = @"
using System.IO;
class C { void M() { File.WriteAllText({|CS0103:missing|} + "".trx"", ""x""); File.{|CS0117:WriteEverything|}(""a.trx""); } }";

            // An invocation that does not bind is not judged: its destination parameter is unknown.
            await Verify.VerifyAsync(source);
        }
    }
}
