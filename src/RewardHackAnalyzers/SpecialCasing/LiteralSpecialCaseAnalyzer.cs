using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// RH0202: a branch returning a literal for a literal input (<see cref="SpecialCaseFinder"/>). With test evidence
    /// (a test passes that literal to the method: <see cref="TestInputIndex"/>) every such branch with a non-trivial
    /// literal is reported, lookup tables included, naming the test — provided every entry of the method is a test input:
    /// a table with entries no test passes is a real table its tests check entry by entry. Without evidence only a lone
    /// special case beside the general path is reported (<see cref="LoneSpecialCase"/>).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LiteralSpecialCaseAnalyzer : RewardHackAnalyzer
    {
        private const string BesideGeneralPath = ", beside its general path";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0202_LiteralInputSpecialCased);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var model = TestModel.For(context.Compilation, context.Options);
            var options = context.Options;
            context.RegisterOperationAction(
                operation =>
                {
                    if (operation.ContainingSymbol is IMethodSymbol { ReturnsVoid: false, Parameters.Length: > 0 } method
                        && !IsTestCode(method, model))
                    {
                        Analyze(operation, method, model, options);
                    }
                },
                OperationKind.MethodBody);
        }

        private static void Analyze(OperationAnalysisContext context, IMethodSymbol method, TestModel model, AnalyzerOptions options)
        {
            var found = SpecialCaseFinder.Find(context.Operation, method, context.CancellationToken);
            var cases = found.Cases;
            if (cases.IsEmpty || found.IsIterator)
            {
                return;
            }

            var index = TestInputIndex.For(model.Compilation, options, context.CancellationToken);

            var candidates = cases
                .Select(c => (Case: c, Inputs: c.Inputs
                    .Where(i => !i.IsTrivial && !IsRedundant(c, i, found.SoleGeneralResult))
                    .Select(i => (Input: i, Test: TestOf(i, method, index)))
                    .ToList()))
                .Where(c => c.Inputs.Count > 0)
                .ToList();

            // A table with entries no test asks for is a real table, tested entry by entry; memorised answers cover just
            // the inputs the tests pass. So test evidence counts only when every entry of the method is a test input —
            // base cases that answer 0, 1 or "" aside (Fibonacci's `n == 2 => 1` is the definition, not an answer).
            var evidenceCounts = candidates.All(c => LiteralResults.IsTrivialAnswer(c.Case.Result) || c.Inputs.All(i => i.Test is not null));

            var lone = LoneSpecialCase(candidates, found, model, context.CancellationToken);
            foreach (var (_, inputs) in candidates)
            {
                var withEvidence = evidenceCounts ? inputs.FirstOrDefault(i => i.Test is not null) : default;
                var suffix = withEvidence.Test is { } test ? ", the input of test '" + test + "'" : BesideGeneralPath;
                var input = withEvidence.Input ?? lone;
                if (input is null)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.RH0202_LiteralInputSpecialCased,
                    input.Location.GetLocation(),
                    method.ContainingType.Name + "." + method.Name,
                    input.SubjectDisplay,
                    input.LiteralDisplay,
                    suffix));
            }
        }

        // Without evidence only a lone special case beside the general path is reported, in production code and not in a
        // recursive method (base cases): two or more literal entries or answers beside a computed fallback are a table
        // (`1 => "single", 2 => "double", _ => n + "-tuple"`; gendered forms of 1 and 2 keyed partly on an enum), a literal arm among computing arms is an irregular form
        // (`"du" => "dvi"` beside a grammar's suffix rules), a bool or enum answer is a classification, and a string
        // the program writes elsewhere too is one of its own terms (a mode name), not an input copied from a test.
        private static KeySet? LoneSpecialCase(
            List<(SpecialCase Case, List<(KeySet Input, string? Test)> Inputs)> candidates,
            SpecialCaseFinder found,
            TestModel model,
            CancellationToken cancellationToken)
        {
            if (model.IsTestProject || !found.HasGeneralPath || found.IsRuleSet || found.IsRecursive
                || candidates.Count != 1 || candidates[0].Inputs.Count != 1 || found.LiteralSwitchEntries > 1
                || LiteralResults.IsClassification(candidates[0].Case.Result))
            {
                return null;
            }

            var input = candidates[0].Inputs[0].Input;
            return input.Keys.Length == 1 && ProgramVocabulary.For(model.Compilation, cancellationToken).Names(input.Keys[0].Value)
                ? null
                : input;
        }

        // `(a, b) switch { (2, 3) => 5, _ => a + b }`: the general path returns 5 for (2, 3) as well, so nothing is memorised.
        private static bool IsRedundant(SpecialCase specialCase, KeySet input, IOperation? generalResult)
        {
            if (generalResult is null || specialCase.Result.ConstantValue is not { HasValue: true } answer
                || input.Keys.Any(k => !k.Subject.Steps.IsEmpty))
            {
                return false;
            }

            var bindings = new Dictionary<IParameterSymbol, object?>(SymbolEqualityComparer.Default);
            foreach (var key in input.Keys)
            {
                bindings[key.Subject.Parameter] = key.Value;
            }

            return GeneralPathValue.TryEvaluate(generalResult, bindings, out var general) && LiteralText.Same(general, answer.Value);
        }

        // One test must pass every literal of the input (both elements of a tuple), each to its parameter.
        private static string? TestOf(KeySet input, IMethodSymbol method, TestInputIndex index)
        {
            var first = input.Keys[0];
            foreach (var candidate in index.Of(method, first.Subject.Parameter.Ordinal))
            {
                if (first.IsMetBy(candidate)
                    && input.Keys.Skip(1).All(k => index.Of(method, k.Subject.Parameter.Ordinal)
                        .Any(other => other.TestMethod == candidate.TestMethod && k.IsMetBy(other))))
                {
                    return candidate.TestMethod;
                }
            }

            return null;
        }

        // Tests and the helpers and fakes of test classes answer for the test, not for the product.
        private static bool IsTestCode(IMethodSymbol method, TestModel model)
        {
            if (model.IsTestMethod(method))
            {
                return true;
            }

            for (var type = method.ContainingType; type is not null; type = type.ContainingType)
            {
                if (model.IsTestClass(type))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
