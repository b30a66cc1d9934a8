using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Catalog;
using RewardHackAnalyzers.Infrastructure;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>
    /// RH0304: a test framework extension that decides the outcome instead of the test: an MSTest
    /// <c>TestMethodAttribute.Execute</c> that never runs the test or sets <c>Passed</c>; an NUnit <c>TestCommand</c>
    /// that forces <c>Success</c>, or a <c>DelegatingTestCommand</c> that never runs its inner command; an xUnit test
    /// case, runner or invoker override that never runs the test; a <c>Fact</c>/<c>Test</c> attribute that skips or
    /// ignores every test; a module initializer of a test project that exits, ignores the exit code or auto-accepts
    /// snapshots. Extensions that run the test and pass its outcome on (retry, STA thread, data rows) stay silent.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class OutcomeFabricatedByExtensionAnalyzer : RewardHackAnalyzer
    {
        private const string NeverRunsTheTest = "never runs the test";

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.RH0304_OutcomeFabricatedByExtension);

        protected override void OnCompilationStart(CompilationStartAnalysisContext context)
        {
            var types = FrameworkExtensionTypes.Resolve(context.Compilation);
            var bodies = MethodBodies.For(context.Compilation);
            var isTestProject = TestModel.For(context.Compilation, context.Options).IsTestProject;
            context.RegisterSymbolAction(
                symbol =>
                {
                    var method = (IMethodSymbol)symbol.Symbol;
                    // Only an override or a module initializer can be evidence: the body of any other method is never bound.
                    if (method.Locations.IsEmpty
                        || !(method.IsOverride || (isTestProject && IsModuleInitializer(method, types)))
                        || bodies.Body(method, symbol.CancellationToken) is not { } body)
                    {
                        return;
                    }

                    var evidence = ExtensionMember(method, body, types) ?? (isTestProject ? ModuleInitializer(method, body, types) : null);
                    if (evidence is not null)
                    {
                        symbol.ReportDiagnostic(Diagnostic.Create(
                            Rules.RH0304_OutcomeFabricatedByExtension, method.Locations[0], method.ContainingType.Name + "." + method.Name, evidence));
                    }
                },
                SymbolKind.Method);
            context.RegisterSymbolAction(
                symbol =>
                {
                    var type = (INamedTypeSymbol)symbol.Symbol;
                    if (!type.Locations.IsEmpty && SkippingAttribute(type, types, bodies, symbol.CancellationToken) is { } evidence)
                    {
                        symbol.ReportDiagnostic(Diagnostic.Create(Rules.RH0304_OutcomeFabricatedByExtension, type.Locations[0], type.Name, evidence));
                    }
                },
                SymbolKind.NamedType);
        }

        private static string? ExtensionMember(IMethodSymbol method, IOperation body, FrameworkExtensionTypes types)
        {
            if (!method.IsOverride)
            {
                return null;
            }

            var type = method.ContainingType;
            if (method.Name is "Execute" or "ExecuteAsync" && FrameworkExtensionTypes.DerivesFrom(type, types.MSTestTestMethodAttribute))
            {
                if (BodyEvidence.Assigns(body, types.MSTestTestResult, "Outcome", "Passed"))
                {
                    return "sets the outcome to Passed";
                }

                return BodyEvidence.Calls(body, call =>
                        (call.TargetMethod.Name is "Invoke" or "InvokeAsync" && FrameworkExtensionTypes.Is(call.TargetMethod.ContainingType, types.MSTestTestMethod))
                        || (call.TargetMethod.Name is "Execute" or "ExecuteAsync" && IsOrDerives(call.TargetMethod.ContainingType, types.MSTestTestMethodAttribute)))
                    ? null
                    : NeverRunsTheTest;
            }

            if (method.Name == "Execute" && FrameworkExtensionTypes.DerivesFrom(type, types.NUnitTestCommand))
            {
                if (BodyEvidence.Calls(body, call =>
                        call.TargetMethod.Name == "SetResult"
                        && FrameworkExtensionTypes.Is(call.TargetMethod.ContainingType, types.NUnitTestResult)
                        && call.Arguments.Length > 0
                        && BodyEvidence.IsMember(call.Arguments[0].Value, "Success")))
                {
                    return "forces the result to Success";
                }

                return FrameworkExtensionTypes.DerivesFrom(type, types.NUnitDelegatingTestCommand)
                    && !BodyEvidence.Calls(body, call =>
                        (call.TargetMethod.Name == "Execute" && IsOrDerives(call.TargetMethod.ContainingType, types.NUnitTestCommand) && !BodyEvidence.OnThis(call))
                        || call.TargetMethod.Name == "RunTestMethodInThreadAbortSafeZone")
                    ? "never runs the inner command"
                    : null;
            }

            if (FrameworkExtensionTypes.XunitRunMembers.Contains(method.Name) && FrameworkExtensionTypes.DerivesFromXunitExecution(type))
            {
                return BodyEvidence.Calls(body, call =>
                        FrameworkExtensionTypes.XunitRunMembers.Contains(call.TargetMethod.Name) || call.TargetMethod.Name is "Invoke" or "InvokeAsync")
                    ? null
                    : NeverRunsTheTest;
            }

            return null;
        }

        private static bool IsModuleInitializer(IMethodSymbol method, FrameworkExtensionTypes types) =>
            method.GetAttributes().Any(a => FrameworkExtensionTypes.Is(a.AttributeClass, types.ModuleInitializerAttribute));

        private static string? ModuleInitializer(IMethodSymbol method, IOperation body, FrameworkExtensionTypes types)
        {
            if (!IsModuleInitializer(method, types))
            {
                return null;
            }

            string? evidence = null;
            BodyEvidence.Calls(body, call =>
            {
                var target = call.TargetMethod;
                evidence = target.Name switch
                {
                    "Exit" when FrameworkExtensionTypes.Is(target.ContainingType, types.Environment) => "exits the test host from a module initializer",
                    "SetEnvironmentVariable" when FrameworkExtensionTypes.Is(target.ContainingType, types.Environment)
                        && call.Arguments.Length > 0
                        && call.Arguments[0].Value.ConstantValue is { HasValue: true, Value: "TESTINGPLATFORM_EXITCODE_IGNORE" } =>
                        "sets TESTINGPLATFORM_EXITCODE_IGNORE from a module initializer",
                    // Verify's VerifierSettings.AutoVerify(), found by name so it is caught without the package.
                    "AutoVerify" => "turns on snapshot auto-accept (AutoVerify) from a module initializer",
                    _ => null,
                };
                return evidence is not null;
            });
            return evidence;
        }

        // An attribute deriving from xUnit's Fact whose constructor sets Skip on every path and in every build, without a SkipWhen or
        // SkipUnless condition (xUnit v3); or one deriving from NUnit's Test that marks every test Ignored.
        private static string? SkippingAttribute(INamedTypeSymbol type, FrameworkExtensionTypes types, MethodBodies bodies, CancellationToken cancellationToken)
        {
            var xunit = FrameworkExtensionTypes.DerivesFrom(type, types.XunitFactAttribute);
            var nunit = FrameworkExtensionTypes.DerivesFrom(type, types.NUnitTestAttribute);
            if (!xunit && !nunit)
            {
                return null;
            }

            foreach (var member in type.GetMembers().OfType<IMethodSymbol>())
            {
                if (bodies.Body(member, cancellationToken) is not { } body)
                {
                    continue;
                }

                var statements = TopLevel(body);
                if (xunit && member.MethodKind == MethodKind.Constructor
                    && statements.Any(s => SetsProperty(s, "Skip", v => v.ConstantValue is not { HasValue: true, Value: null }) && InEveryBuild(s, cancellationToken))
                    && !statements.Any(s => SetsProperty(s, "SkipWhen", _ => true) || SetsProperty(s, "SkipUnless", _ => true)))
                {
                    return "skips every test it marks";
                }

                if (nunit && statements.Any(s => SetsProperty(s, "RunState", v => BodyEvidence.IsMember(v, "Ignored") || BodyEvidence.IsMember(v, "Skipped")) && InEveryBuild(s, cancellationToken)))
                {
                    return "ignores every test it marks";
                }
            }

            return null;
        }

        // A skip compiled only under a symbol (`#if !LONG_RUNNING`) is an opt-in category: defining the symbol runs the tests.
        private static bool InEveryBuild(IOperation statement, CancellationToken cancellationToken) =>
            !PreprocessorBranches.DependsOnSymbol(statement.Syntax, cancellationToken);

        // Statements that run on every path: the direct statements of the body, not those under a condition.
        private static ImmutableArray<IOperation> TopLevel(IOperation body) =>
            body is IBlockOperation block ? block.Operations : ImmutableArray.Create(body);

        private static bool SetsProperty(IOperation statement, string property, System.Func<IOperation, bool> value) =>
            (statement is IExpressionStatementOperation expression ? expression.Operation : statement) is ISimpleAssignmentOperation
            {
                Target: IPropertyReferenceOperation target,
            } assignment
            && target.Property.Name == property
            && value(assignment.Value);

        private static bool IsOrDerives(INamedTypeSymbol? type, INamedTypeSymbol? baseType) =>
            type is not null && (FrameworkExtensionTypes.Is(type, baseType) || FrameworkExtensionTypes.DerivesFrom(type, baseType));
    }
}
