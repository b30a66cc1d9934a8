using System.Threading.Tasks;
using RewardHack.Cli.Commands;

namespace RewardHack.Cli
{
    public static class Program
    {
        public static Task<int> Main(string[] args) => CliApp.RunAsync(args, CliConsole.System);
    }
}
