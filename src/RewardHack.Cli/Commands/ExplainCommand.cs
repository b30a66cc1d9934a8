using System;
using System.CommandLine;
using System.Linq;
using RewardHack.Cli.Scanning;
using RewardHackAnalyzers.Catalog;

namespace RewardHack.Cli.Commands
{
    /// <summary>`rewardhack explain RHxxxx`: the rule's page — what it detects, why in MCI terms, how to fix, examples.</summary>
    public static class ExplainCommand
    {
        public static Command Create(CliConsole console)
        {
            var ruleId = new Argument<string>("rule") { Description = "A rule id, e.g. RH0001." };
            var command = new Command("explain", "Show a rule's page: what it detects, why it matters (MCI), how to fix it, examples.") { ruleId };
            command.SetAction(parsed =>
            {
                var id = parsed.GetValue(ruleId)!.Trim();
                var rule = Rules.All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
                if (rule is null)
                {
                    console.Error.WriteLine($"rewardhack: no rule '{id}'; 'rewardhack rules' lists them.");
                    return ExitCodes.UsageOrInputError;
                }

                var ansi = console.Ansi(console.Out);
                var page = RuleDocs.Page(rule.Id)
                    ?? $"# {rule.Id}: {rule.Title}\n\n{rule.Description}\n\n{rule.HelpLinkUri}\n";
                MarkdownRenderer.Render(page, ansi);
                return ExitCodes.Clean;
            });
            return command;
        }
    }
}
