using System.CommandLine;
using System.Linq;
using RewardHackAnalyzers.Catalog;
using Spectre.Console;

namespace RewardHack.Cli.Commands
{
    /// <summary>`rewardhack rules`: the rule catalog as a table (id, family, default severity, title, MCI virtues).</summary>
    public static class RulesCommand
    {
        public static Command Create(CliConsole console)
        {
            var command = new Command("rules", "List every rule: id, family, default severity, title and the MCI virtues it protects.");
            command.SetAction(_ =>
            {
                var table = new Table().AddColumns("Id", "Family", "Severity", "Title", "Virtues");
                foreach (var rule in Rules.All)
                {
                    table.AddRow(
                        Markup.Escape(rule.Id),
                        Markup.Escape(rule.Category),
                        Markup.Escape(rule.DefaultSeverity.ToString()),
                        Markup.Escape(rule.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        Markup.Escape(string.Join(", ", RuleFactory.Virtues(rule))));
                }

                var ansi = console.Ansi(console.Out);
                ansi.Write(table);
                ansi.WriteLine($"{Rules.All.Length} rules. 'rewardhack explain <id>' shows a rule's page.");
                return 0;
            });
            return command;
        }
    }
}
