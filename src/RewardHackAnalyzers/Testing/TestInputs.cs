using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// The literals tests pass to the code under test (see docs/test-inputs.md): collected from a compilation's test
    /// methods, and written to and read from the test-inputs file, through which a scanner hands the inputs of a test
    /// project to the production project they exercise.
    /// </summary>
    public static class TestInputs
    {
        /// <summary>The name of the test-inputs additional file, matched ignoring case and folders.</summary>
        public const string FileName = "rewardhack.testinputs.txt";

        /// <summary>The first line <see cref="Format"/> writes.</summary>
        public const string Header = "# rewardhack test inputs v1: method id<TAB>parameter index<TAB>C# literal<TAB>test method";

        private static readonly AnalyzerOptions NoOptions = new(ImmutableArray<AdditionalText>.Empty);

        /// <summary>
        /// The inputs the test methods of <paramref name="compilation"/> pass to methods outside the base library and
        /// the test libraries: literal and constant arguments (and locals initialised with a constant and never
        /// reassigned), and data-row values (<c>[InlineData]</c>, <c>[TestCase]</c>, <c>[DataRow]</c>,
        /// <c>[Arguments]</c>) that reach an argument through the test's parameter. Values C# cannot write as a literal
        /// are left out.
        /// </summary>
        public static ImmutableArray<TestInput> Collect(Compilation compilation, AnalyzerOptions? options, CancellationToken cancellationToken)
        {
            var model = TestModel.For(compilation, options ?? NoOptions);
            return new TestInputCollector(model).Collect(cancellationToken);
        }

        /// <summary>The file text: the header, then one tab-separated line per distinct input, sorted (ordinal).</summary>
        public static string Format(IEnumerable<TestInput> inputs)
        {
            var text = new StringBuilder(Header).Append('\n');
            var ordered = inputs
                .Distinct()
                .OrderBy(i => i.MethodId, StringComparer.Ordinal)
                .ThenBy(i => i.ParameterIndex)
                .ThenBy(i => i.Literal, StringComparer.Ordinal)
                .ThenBy(i => i.TestMethod, StringComparer.Ordinal);
            foreach (var input in ordered)
            {
                text.Append(input.MethodId).Append('\t')
                    .Append(input.ParameterIndex).Append('\t')
                    .Append(input.Literal).Append('\t')
                    .Append(input.TestMethod).Append('\n');
            }

            return text.ToString();
        }

        /// <summary>
        /// The inputs in a test-inputs file. Tolerant: blank lines and <c>#</c> comments are skipped, and so is every
        /// malformed line (not four fields, a negative or non-numeric index, a value that is not a C# literal); it never throws.
        /// </summary>
        public static ImmutableArray<TestInput> Parse(SourceText text)
        {
            var inputs = ImmutableArray.CreateBuilder<TestInput>();
            foreach (var line in text.Lines)
            {
                if (ParseLine(line.ToString()) is { } input)
                {
                    inputs.Add(input);
                }
            }

            return inputs.ToImmutable();
        }

        /// <summary>The inputs of every additional file named <see cref="FileName"/> in <paramref name="options"/>.</summary>
        public static ImmutableArray<TestInput> Read(AnalyzerOptions? options, CancellationToken cancellationToken)
        {
            var inputs = ImmutableArray.CreateBuilder<TestInput>();
            foreach (var file in options?.AdditionalFiles ?? ImmutableArray<AdditionalText>.Empty)
            {
                if (string.Equals(Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase)
                    && file.GetText(cancellationToken) is { } text)
                {
                    inputs.AddRange(Parse(text));
                }
            }

            return inputs.ToImmutable();
        }

        private static TestInput? ParseLine(string line)
        {
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Trim().Length == 0 || trimmed.TrimStart().StartsWith("#", StringComparison.Ordinal))
            {
                return null;
            }

            var fields = trimmed.Split('\t');
            return fields.Length == 4 && int.TryParse(fields[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                ? TestInput.Create(fields[0].Trim(), index, fields[2].Trim(), fields[3].Trim())
                : null;
        }
    }
}
