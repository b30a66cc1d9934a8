using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using RewardHack.Cli.Tests.Commands;
using RewardHack.Cli.Tests.Infrastructure;
using RewardHack.Cli.Tests.Scanning;

namespace RewardHack.Cli.Tests.Loading
{
    /// <summary>
    /// Bad input never stops the scan with a stack trace: the bad file or project is skipped with a one-line notice and
    /// the rest of the tree is still scanned (each test plants a hack next to the bad input and expects it found).
    /// </summary>
    public class BadInputTests
    {
        private const string Hack = """
            public sealed class Money
            {
                public decimal Amount { get; set; }

                public override bool Equals(object? obj) => true;

                public override int GetHashCode() => 0;
            }
            """;

        [Fact]
        public async Task Missing_path_is_a_one_line_input_error()
        {
            var run = await CliRun.Of("scan", "/no/such/folder/anywhere", "--no-progress");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal("rewardhack: '/no/such/folder/anywhere' does not exist.\n", run.Error);
            Assert.Equal(string.Empty, run.Out);
        }

        [Fact]
        public async Task Path_of_an_unknown_kind_is_a_one_line_input_error()
        {
            using var tree = new TempTree().Write("notes.txt", "hello");

            var run = await CliRun.Of("scan", tree.PathOf("notes.txt"), "--no-progress");

            Assert.Equal(2, run.ExitCode);
            Assert.Equal($"rewardhack: '{tree.PathOf("notes.txt")}' is not a .sln, .slnx, .csproj, .cs file or folder.\n", run.Error);
        }

        [Fact]
        public async Task Invalid_project_XML_is_skipped_with_a_notice()
        {
            using var tree = new TempTree()
                .Write("Broken/Broken.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n")
                .Write("Broken/Ignored.cs", Hack)
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Money.cs", Hack);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Shop/Money.cs:5 warning RH0001"], Scan.Lines(result));
            Assert.Equal(["Broken/Broken.csproj: project skipped: invalid XML at line 3: Unexpected end of file has occurred"], Scan.Notices(result));
        }

        [Fact]
        public async Task Binary_source_file_is_skipped_with_a_notice()
        {
            using var tree = new TempTree()
                .WriteBytes("Data.cs", [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])
                .Write("Money.cs", Hack);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Money.cs:5 warning RH0001"], Scan.Lines(result));
            Assert.Equal(["Data.cs: file skipped: it is binary, not C# source"], Scan.Notices(result));
        }

        [Fact]
        public async Task Huge_source_file_is_skipped_with_a_notice()
        {
            using var tree = new TempTree()
                .Write("Generated.cs", "// " + new string('x', 5 * 1024 * 1024))
                .Write("Money.cs", Hack);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Money.cs:5 warning RH0001"], Scan.Lines(result));
            Assert.Equal(["Generated.cs: file skipped: 5.0 MB is over the 4 MB limit"], Scan.Notices(result));
        }

        [Fact]
        public async Task Source_that_is_not_UTF8_is_read_as_Latin1_with_a_notice()
        {
            using var tree = new TempTree()
                .WriteBytes("Money.cs", Encoding.Latin1.GetBytes("// Prix en \u00e9cus\n" + Hack));

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Money.cs:6 warning RH0001"], Scan.Lines(result));
            Assert.Equal(["Money.cs: file is not valid UTF-8: read as Latin-1"], Scan.Notices(result));
        }

        [Fact]
        public async Task Unreadable_file_is_skipped_with_a_notice()
        {
            // A link to a file that is gone: listed in its folder, but reading it fails (as root, permissions cannot).
            using var tree = new TempTree().Write("Money.cs", Hack);
            File.CreateSymbolicLink(tree.PathOf("Gone.cs"), tree.PathOf("missing/Gone.cs"));

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Money.cs:5 warning RH0001"], Scan.Lines(result));
            Assert.Equal([$"Gone.cs: file skipped: it cannot be read (Could not find file '{tree.PathOf("Gone.cs")}'.)"], Scan.Notices(result));
        }

        [Fact]
        public async Task Symbolic_link_loop_is_skipped_with_a_notice()
        {
            using var tree = new TempTree().Write("src/Money.cs", Hack);
            Directory.CreateSymbolicLink(tree.PathOf("src/again"), tree.Root);

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["src/Money.cs:5 warning RH0001"], Scan.Lines(result));
            Assert.Equal(["src/again: symbolic link skipped: it leads back to a folder already scanned (link loop)"], Scan.Notices(result));
        }

        [Fact]
        public async Task Invalid_solution_is_a_notice_and_nothing_is_scanned()
        {
            using var tree = new TempTree().Write("Shop.slnx", "<Solution><Project Path=");

            var result = await Scan.Of(tree.PathOf("Shop.slnx"));

            Assert.Empty(result.Findings);
            Assert.Single(Scan.Notices(result), n => n.StartsWith("Shop.slnx: solution skipped: ", System.StringComparison.Ordinal));
        }

        [Fact]
        public async Task Solution_scan_reads_the_projects_it_lists()
        {
            using var tree = new TempTree()
                .Write("Shop.slnx", """<Solution><Project Path="Shop/Shop.csproj" /></Solution>""")
                .Write("Shop.sln", "Project(\"{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}\") = \"Shop\", \"Shop\\Shop.csproj\", \"{4CE33E0B-C562-49F5-A6A5-0136F1FD8D64}\"\nEndProject\n")
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Money.cs", Hack)
                .Write("Other/Other.csproj", ProjectText.Csproj())
                .Write("Other/OtherMoney.cs", Hack.Replace("Money", "OtherMoney", System.StringComparison.Ordinal));

            var fromSlnx = await Scan.Of(tree.PathOf("Shop.slnx"));
            var fromSln = await Scan.Of(tree.PathOf("Shop.sln"));

            Assert.Equal(["Shop/Money.cs:5 warning RH0001"], Scan.Lines(fromSlnx));
            Assert.Equal(["Shop/Money.cs:5 warning RH0001"], Scan.Lines(fromSln));
        }

        [Fact]
        public async Task Single_source_file_is_scanned_on_its_own()
        {
            using var tree = new TempTree().Write("Money.cs", Hack).Write("Other.cs", Hack.Replace("Money", "Other", System.StringComparison.Ordinal));

            var result = await Scan.Of(tree.PathOf("Money.cs"));

            Assert.Equal(["Money.cs:5 warning RH0001"], Scan.Lines(result));
            Assert.Equal(1, result.FilesScanned);
        }

        [Fact]
        public async Task Build_output_folders_are_not_scanned()
        {
            using var tree = new TempTree()
                .Write("Shop/Shop.csproj", ProjectText.Csproj())
                .Write("Shop/Money.cs", Hack)
                .Write("Shop/obj/Debug/Generated.cs", Hack.Replace("Money", "Generated", System.StringComparison.Ordinal))
                .Write("Shop/bin/Debug/Copied.cs", Hack.Replace("Money", "Copied", System.StringComparison.Ordinal));

            var result = await Scan.Of(tree.Root);

            Assert.Equal(["Shop/Money.cs:5 warning RH0001"], Scan.Lines(result));
            Assert.Equal(1, result.FilesScanned);
        }
    }
}
