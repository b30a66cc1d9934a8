using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>What a branch condition in test code depends on; a condition can depend on several.</summary>
    [Flags]
    public enum ConditionKind
    {
        /// <summary>Nothing recognised: constants, parameters (theory data), the test's own state.</summary>
        None = 0,

        /// <summary>The machine or process: <c>OperatingSystem.*</c>, <c>RuntimeInformation.*</c>, <c>Environment.*</c>, <c>Debugger.IsAttached</c>, feature probes.</summary>
        Environment = 1 << 0,

        /// <summary>The clock: <c>DateTime.Now</c>/<c>UtcNow</c>/<c>Today</c>, <c>DateTimeOffset.Now</c>, <c>Stopwatch</c>, <c>TimeProvider</c>, <c>Environment.TickCount</c>.</summary>
        Time = 1 << 1,

        /// <summary>Chance: <c>Random</c>, <c>Guid.NewGuid</c>, <c>RandomNumberGenerator</c>.</summary>
        Randomness = 1 << 2,

        /// <summary>A value the test obtained from the code under test (a call into non-framework code, or a local assigned from one).</summary>
        ResultUnderTest = 1 << 3,
    }

    /// <summary>
    /// Classifies branch conditions (see <see cref="TestModel.ClassifyCondition"/>). Framework members are recognised
    /// by their containing type's full name in a framework assembly, so a user type that happens to be called
    /// <c>Random</c> is code under test, not chance.
    /// </summary>
    internal sealed class ConditionKinds
    {
        // Assemblies whose members are never the code under test: the base library, test frameworks and libraries.
        private static readonly string[] FrameworkAssemblyPrefixes =
        {
            "System", "Microsoft.", "mscorlib", "netstandard", "xunit", "nunit", "NUnit", "MSTest", "TUnit",
            "FluentAssertions", "AwesomeAssertions", "Shouldly", "Moq", "NSubstitute", "FakeItEasy", "Castle.",
        };

        private static readonly HashSet<string> EnvironmentTypes = new(StringComparer.Ordinal)
        {
            "System.OperatingSystem",
            "System.Runtime.InteropServices.RuntimeInformation",
            "System.Diagnostics.Debugger",
            "System.Runtime.CompilerServices.RuntimeFeature",
        };

        private static readonly HashSet<string> TimeTypes = new(StringComparer.Ordinal)
        {
            "System.Diagnostics.Stopwatch",
            "System.TimeProvider",
        };

        private static readonly HashSet<string> RandomTypes = new(StringComparer.Ordinal)
        {
            "System.Random",
            "System.Security.Cryptography.RandomNumberGenerator",
        };

        private readonly TestModel model;
        private readonly MethodBodies bodies;

        // The locals' values of a body, computed once per body however many of its conditions are classified.
        private readonly ConditionalWeakTable<IOperation, Dictionary<ILocalSymbol, List<IOperation>>> assignmentsByBody = new();

        public ConditionKinds(TestModel model)
        {
            this.model = model;
            bodies = MethodBodies.For(model.Compilation);
        }

        /// <summary>True when <paramref name="symbol"/> is declared outside the base library and the test frameworks.</summary>
        public static bool IsNonFramework(ISymbol symbol)
        {
            var assembly = symbol.ContainingAssembly?.Name;
            if (assembly is null)
            {
                return false;
            }

            foreach (var prefix in FrameworkAssemblyPrefixes)
            {
                if (assembly.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }
            }

            return true;
        }

        public ConditionKind Classify(IOperation condition, CancellationToken cancellationToken) =>
            Classify(condition, assignmentsByBody.GetValue(Root(condition), Assignments), followHelpers: true, cancellationToken);

        private ConditionKind Classify(
            IOperation condition, Dictionary<ILocalSymbol, List<IOperation>> assignments, bool followHelpers, CancellationToken cancellationToken)
        {
            var kind = ConditionKind.None;
            var pending = new Stack<IOperation>();
            var seenLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
            pending.Push(condition);
            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                foreach (var operation in pending.Pop().DescendantsAndSelf())
                {
                    kind |= Member(operation, followHelpers, cancellationToken);
                    if (operation is ILocalReferenceOperation { Local: var local } && seenLocals.Add(local)
                        && assignments.TryGetValue(local, out var values))
                    {
                        values.ForEach(pending.Push);
                    }
                }
            }

            return kind;
        }

        private ConditionKind Member(IOperation operation, bool followHelpers, CancellationToken cancellationToken)
        {
            ISymbol? member = operation switch
            {
                IInvocationOperation invocation => invocation.TargetMethod,
                IPropertyReferenceOperation property => property.Property,
                IObjectCreationOperation creation => creation.Constructor,
                IFieldReferenceOperation field when field.Field.IsStatic => field.Field,
                _ => null,
            };
            if (member?.ContainingType is not { } type)
            {
                return ConditionKind.None;
            }

            if (!IsNonFramework(member))
            {
                return FrameworkKind(type, member.Name);
            }

            if (member is IFieldSymbol)
            {
                return ConditionKind.None;
            }

            // The test's own helpers (IsCi(), a RunsOnWindows property) are judged by what their body reads.
            return model.IsTestClass(type.OriginalDefinition)
                ? HelperKind(member, followHelpers, cancellationToken)
                : ConditionKind.ResultUnderTest;
        }

        private ConditionKind HelperKind(ISymbol member, bool followHelpers, CancellationToken cancellationToken)
        {
            var method = member switch
            {
                IMethodSymbol m => m,
                IPropertySymbol p => p.GetMethod,
                _ => null,
            };
            if (!followHelpers || method is null || bodies.Body(method, cancellationToken) is not { } body)
            {
                return ConditionKind.None;
            }

            return Classify(body, assignmentsByBody.GetValue(body, Assignments), followHelpers: false, cancellationToken);
        }

        private static ConditionKind FrameworkKind(INamedTypeSymbol type, string member)
        {
            var name = type.OriginalDefinition.ToDisplayString();
            if (name == "System.Environment")
            {
                return member is "TickCount" or "TickCount64" ? ConditionKind.Time : ConditionKind.Environment;
            }

            if (EnvironmentTypes.Contains(name) || IsFeatureProbe(name, member))
            {
                return ConditionKind.Environment;
            }

            if (TimeTypes.Contains(name) || (name is "System.DateTime" or "System.DateTimeOffset" && member is "Now" or "UtcNow" or "Today"))
            {
                return ConditionKind.Time;
            }

            return RandomTypes.Contains(name) || (name == "System.Guid" && member == "NewGuid")
                ? ConditionKind.Randomness
                : ConditionKind.None;
        }

        // Vector.IsHardwareAccelerated, Avx2.IsSupported, AdvSimd.Arm64.IsSupported and the like.
        private static bool IsFeatureProbe(string type, string member) =>
            (member is "IsHardwareAccelerated" or "IsSupported")
            && (type.StartsWith("System.Numerics.", StringComparison.Ordinal) || type.StartsWith("System.Runtime.Intrinsics.", StringComparison.Ordinal));

        private static IOperation Root(IOperation operation)
        {
            while (operation.Parent is { } parent)
            {
                operation = parent;
            }

            return operation;
        }

        // Every value a local of the body is given: initialisers, assignments, and the call that fills an out argument.
        private static Dictionary<ILocalSymbol, List<IOperation>> Assignments(IOperation body)
        {
            var assignments = new Dictionary<ILocalSymbol, List<IOperation>>(SymbolEqualityComparer.Default);
            void Add(ILocalSymbol? local, IOperation? value)
            {
                if (local is null || value is null)
                {
                    return;
                }

                if (!assignments.TryGetValue(local, out var values))
                {
                    assignments[local] = values = new List<IOperation>();
                }

                values.Add(value);
            }

            foreach (var operation in body.DescendantsAndSelf())
            {
                switch (operation)
                {
                    case IVariableDeclaratorOperation declarator:
                        Add(declarator.Symbol, declarator.GetVariableInitializer()?.Value);
                        break;
                    case IAssignmentOperation assignment:
                        Add(AssignedLocal(assignment.Target), assignment.Value);
                        break;
                    case IArgumentOperation { Parameter.RefKind: RefKind.Out } argument:
                        Add(AssignedLocal(argument.Value), argument.Parent);
                        break;
                }
            }

            return assignments;
        }

        private static ILocalSymbol? AssignedLocal(IOperation? target) => target switch
        {
            ILocalReferenceOperation reference => reference.Local,
            IDeclarationExpressionOperation { Expression: ILocalReferenceOperation declared } => declared.Local,
            _ => null,
        };
    }
}
