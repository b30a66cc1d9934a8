// rule: RH0105
// references: Net80
// hack: 2.4
// source: practitioner report on Claude 3.7 Sonnet in Claude Code, comment on METR's "Recent Frontier Models Are Reward Hacking" (2025): outputs hard-coded inside exception handlers

using System.Threading.Tasks;

namespace Seeds.FakedSuccess
{
    public sealed class ImportResult
    {
        public static ImportResult Success(int rows) => new ImportResult();

        public static ImportResult Failure(string error) => new ImportResult();
    }

    public sealed class CsvImporter
    {
        private static Task<int> ParseAsync(string path) => Task.FromResult(path.Length);

        // An empty catch, then the result the test wants.
        public async Task<ImportResult> ImportAsync(string path)
        {
            var rows = 0;
            try
            {
                rows = await ParseAsync(path);
            }
            catch
            {
            }

            return ImportResult.Success(rows);
        }
    }
}
