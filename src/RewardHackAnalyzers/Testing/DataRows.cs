using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// The rows of data a parameterised test runs with: xUnit <c>[InlineData]</c>, NUnit <c>[TestCase]</c>, MSTest
    /// <c>[DataRow]</c>, TUnit <c>[Arguments]</c> (and attributes derived from them). Resolved once per compilation.
    /// </summary>
    internal sealed class DataRows
    {
        private readonly ImmutableArray<INamedTypeSymbol> rowAttributes;

        public DataRows(Compilation compilation)
        {
            var builder = ImmutableArray.CreateBuilder<INamedTypeSymbol>();
            foreach (var name in new[]
            {
                "Xunit.InlineDataAttribute",
                "NUnit.Framework.TestCaseAttribute",
                "Microsoft.VisualStudio.TestTools.UnitTesting.DataRowAttribute",
                "TUnit.Core.ArgumentsAttribute",
            })
            {
                if (compilation.GetTypeByMetadataName(name) is { } type)
                {
                    builder.Add(type);
                }
            }

            rowAttributes = builder.ToImmutable();
        }

        /// <summary>
        /// The rows of <paramref name="test"/>, each holding one constant per parameter. A row whose values do not line
        /// up one to one with the parameters (a params array, optional parameters left out) is skipped rather than guessed.
        /// </summary>
        public IEnumerable<ImmutableArray<TypedConstant>> Of(IMethodSymbol test)
        {
            foreach (var attribute in test.GetAttributes())
            {
                if (attribute.AttributeClass is not { } type || !IsRowAttribute(type))
                {
                    continue;
                }

                var values = Flatten(attribute.ConstructorArguments);
                if (values.Length == test.Parameters.Length)
                {
                    yield return values;
                }
            }
        }

        private bool IsRowAttribute(INamedTypeSymbol type)
        {
            for (var current = type; current is not null; current = current.BaseType)
            {
                if (rowAttributes.Contains(current.OriginalDefinition, SymbolEqualityComparer.Default))
                {
                    return true;
                }
            }

            return false;
        }

        // `[InlineData(params object[] data)]` holds its row in one array argument; `[DataRow(object, params object[])]`
        // splits it; `[TestCase(object, object)]` lists it. Expanding the arrays gives the row in every case.
        private static ImmutableArray<TypedConstant> Flatten(ImmutableArray<TypedConstant> arguments)
        {
            var row = ImmutableArray.CreateBuilder<TypedConstant>();
            foreach (var argument in arguments)
            {
                if (argument.Kind == TypedConstantKind.Array)
                {
                    if (!argument.IsNull)
                    {
                        row.AddRange(argument.Values);
                    }
                }
                else
                {
                    row.Add(argument);
                }
            }

            return row.ToImmutable();
        }
    }
}
