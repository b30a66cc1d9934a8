namespace RewardHack.Cli
{
    public static class Program
    {
        // Scaffold only: the commands (scan, rules, explain) arrive with issue 7; until then every call is a usage error.
        public static int Main(string[] args) => 2;
    }
}
