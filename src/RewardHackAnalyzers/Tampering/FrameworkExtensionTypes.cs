using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>
    /// The extension points through which a test framework lets code decide a test's outcome, resolved once per
    /// compilation from MSTest.TestFramework 3.11.1, NUnit 3.14/4.3.2, xunit 2.9.3 (xunit.execution) and xunit.v3 3.2.2.
    /// </summary>
    internal sealed class FrameworkExtensionTypes
    {
        /// <summary>Members through which xUnit's test cases, runners and invokers run a test (v2: *Async; v3: no suffix).</summary>
        public static readonly ImmutableHashSet<string> XunitRunMembers = ImmutableHashSet.Create(
            "RunAsync", "RunTestAsync", "InvokeTestAsync", "InvokeTestMethodAsync",
            "Run", "RunTest", "InvokeTest", "InvokeTestMethod", "RunTestCase");

        /// <summary>xUnit assemblies whose test cases, runners and invokers can be derived from.</summary>
        private static readonly ImmutableArray<string> XunitExecutionAssemblies = ImmutableArray.Create("xunit.execution", "xunit.v3.core");

        private FrameworkExtensionTypes(Compilation compilation)
        {
            INamedTypeSymbol? Get(string name) => compilation.GetTypeByMetadataName(name);

            MSTestTestMethodAttribute = Get("Microsoft.VisualStudio.TestTools.UnitTesting.TestMethodAttribute");
            MSTestTestMethod = Get("Microsoft.VisualStudio.TestTools.UnitTesting.ITestMethod");
            MSTestTestResult = Get("Microsoft.VisualStudio.TestTools.UnitTesting.TestResult");
            NUnitTestCommand = Get("NUnit.Framework.Internal.Commands.TestCommand");
            NUnitDelegatingTestCommand = Get("NUnit.Framework.Internal.Commands.DelegatingTestCommand");
            NUnitTestResult = Get("NUnit.Framework.Internal.TestResult");
            NUnitResultState = Get("NUnit.Framework.Interfaces.ResultState");
            NUnitTestAttribute = Get("NUnit.Framework.TestAttribute");
            NUnitRunState = Get("NUnit.Framework.Interfaces.RunState");
            XunitFactAttribute = Get("Xunit.FactAttribute");
            ModuleInitializerAttribute = Get("System.Runtime.CompilerServices.ModuleInitializerAttribute");
            Environment = Get("System.Environment");
        }

        public INamedTypeSymbol? MSTestTestMethodAttribute { get; }
        public INamedTypeSymbol? MSTestTestMethod { get; }
        public INamedTypeSymbol? MSTestTestResult { get; }
        public INamedTypeSymbol? NUnitTestCommand { get; }
        public INamedTypeSymbol? NUnitDelegatingTestCommand { get; }
        public INamedTypeSymbol? NUnitTestResult { get; }
        public INamedTypeSymbol? NUnitResultState { get; }
        public INamedTypeSymbol? NUnitTestAttribute { get; }
        public INamedTypeSymbol? NUnitRunState { get; }
        public INamedTypeSymbol? XunitFactAttribute { get; }
        public INamedTypeSymbol? ModuleInitializerAttribute { get; }
        public INamedTypeSymbol? Environment { get; }

        public static FrameworkExtensionTypes Resolve(Compilation compilation) => new(compilation);

        public static bool DerivesFrom(INamedTypeSymbol type, INamedTypeSymbol? baseType)
        {
            if (baseType is null)
            {
                return false;
            }

            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current.OriginalDefinition, baseType))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when <paramref name="type"/> derives from a test case, runner or invoker of xUnit's execution library.</summary>
        public static bool DerivesFromXunitExecution(INamedTypeSymbol type)
        {
            for (var current = type.BaseType; current is not null; current = current.BaseType)
            {
                var assembly = current.ContainingAssembly?.Name ?? string.Empty;
                foreach (var name in XunitExecutionAssemblies)
                {
                    if (assembly.StartsWith(name, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        public static bool Is(ISymbol? symbol, INamedTypeSymbol? known) =>
            known is not null && SymbolEqualityComparer.Default.Equals(symbol?.OriginalDefinition, known);
    }
}
