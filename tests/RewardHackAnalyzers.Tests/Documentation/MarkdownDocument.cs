using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace RewardHackAnalyzers.Tests.Documentation
{
    internal sealed record MarkdownHeading(int Level, string Text, int Line);

    internal sealed record MarkdownCodeBlock(string Language, string Code, int Line);

    internal sealed record MarkdownTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, int Line);

    /// <summary>
    /// Just enough Markdown to check our own pages: ATX headings, fenced code blocks and pipe tables, with nothing inside
    /// a code fence mistaken for a heading or a table.
    /// </summary>
    internal sealed class MarkdownDocument
    {
        private const string Fence = "```";

        private MarkdownDocument(IReadOnlyList<string> lines)
        {
            Lines = lines;
            var headings = new List<MarkdownHeading>();
            var codeBlocks = new List<MarkdownCodeBlock>();
            var tables = new List<MarkdownTable>();

            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.StartsWith(Fence, StringComparison.Ordinal))
                {
                    var start = i;
                    var code = new List<string>();
                    for (i++; i < lines.Count && !lines[i].StartsWith(Fence, StringComparison.Ordinal); i++)
                    {
                        code.Add(lines[i]);
                    }

                    codeBlocks.Add(new MarkdownCodeBlock(line[Fence.Length..].Trim(), string.Join("\n", code), start));
                }
                else if (line.StartsWith('#'))
                {
                    var level = line.TakeWhile(c => c == '#').Count();
                    if (line.Length > level && line[level] == ' ')
                    {
                        headings.Add(new MarkdownHeading(level, line[(level + 1)..].Trim(), i));
                    }
                }
                else if (line.StartsWith('|'))
                {
                    var start = i;
                    var rows = new List<IReadOnlyList<string>>();
                    for (; i < lines.Count && lines[i].StartsWith('|'); i++)
                    {
                        rows.Add(Cells(lines[i]));
                    }

                    i--;
                    var isTable = rows.Count >= 2 && rows[1].All(c => c.Trim(':').Length > 0 && c.Trim(':').All(ch => ch == '-'));
                    if (isTable)
                    {
                        tables.Add(new MarkdownTable(rows[0], rows.Skip(2).ToList(), start));
                    }
                }
            }

            Headings = headings;
            CodeBlocks = codeBlocks;
            Tables = tables;
        }

        public IReadOnlyList<string> Lines { get; }

        public IReadOnlyList<MarkdownHeading> Headings { get; }

        public IReadOnlyList<MarkdownCodeBlock> CodeBlocks { get; }

        public IReadOnlyList<MarkdownTable> Tables { get; }

        public static MarkdownDocument Load(string path) =>
            new(File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'));

        /// <summary>The headings nested directly under <paramref name="parent"/>, or at level 2 when it is null.</summary>
        public IReadOnlyList<MarkdownHeading> HeadingsUnder(MarkdownHeading? parent)
        {
            var level = parent is null ? 2 : parent.Level + 1;
            var (start, end) = Extent(parent);
            return Headings.Where(h => h.Level == level && h.Line > start && h.Line < end).ToList();
        }

        /// <summary>The code blocks inside the section of <paramref name="heading"/>, up to the next heading of its level or above.</summary>
        public IReadOnlyList<MarkdownCodeBlock> CodeBlocksUnder(MarkdownHeading heading)
        {
            var (start, end) = Extent(heading);
            return CodeBlocks.Where(b => b.Line > start && b.Line < end).ToList();
        }

        /// <summary>The text of the section of <paramref name="heading"/>, without the heading line.</summary>
        public string TextUnder(MarkdownHeading heading)
        {
            var (start, end) = Extent(heading);
            return string.Join("\n", Lines.Skip(start + 1).Take(end - start - 1));
        }

        /// <summary>The only table whose header is exactly <paramref name="header"/>.</summary>
        public MarkdownTable Table(params string[] header) =>
            Tables.Single(t => t.Header.SequenceEqual(header, StringComparer.Ordinal));

        private (int Start, int End) Extent(MarkdownHeading? heading)
        {
            if (heading is null)
            {
                return (-1, Lines.Count);
            }

            var next = Headings.FirstOrDefault(h => h.Line > heading.Line && h.Level <= heading.Level);
            return (heading.Line, next?.Line ?? Lines.Count);
        }

        private static List<string> Cells(string row)
        {
            var inner = row.Trim();
            inner = inner.Substring(1, inner.EndsWith('|') && inner.Length > 1 ? inner.Length - 2 : inner.Length - 1);
            return inner.Split('|').Select(c => c.Trim()).ToList();
        }
    }
}
