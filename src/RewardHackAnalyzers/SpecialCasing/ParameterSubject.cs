using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// What a special case compares: a parameter of the method, or a trivial derivation of it (<c>code.Trim()</c>,
    /// <c>name.ToLowerInvariant()</c>, <c>text.Length</c>, <c>n.ToString()</c>). Anything else (a property of an
    /// argument, a computed value) is not a literal input and is not read.
    /// </summary>
    internal sealed class ParameterSubject
    {
        // Derivations are chains of at most a few calls; longer ones are computations, not a trivial rewrite of the input.
        private const int MaxSteps = 4;

        private static readonly ImmutableHashSet<string> StringSteps = ImmutableHashSet.Create(
            "Trim", "TrimStart", "TrimEnd", "ToLower", "ToLowerInvariant", "ToUpper", "ToUpperInvariant");

        private ParameterSubject(IParameterSymbol parameter, ImmutableArray<string> steps, string display)
        {
            Parameter = parameter;
            Steps = steps;
            Display = display;
        }

        public IParameterSymbol Parameter { get; }

        /// <summary>The member names applied to the parameter, innermost first (<c>Trim</c>, <c>ToLower</c>, <c>Length</c>, <c>ToString</c>).</summary>
        public ImmutableArray<string> Steps { get; }

        /// <summary>The subject as written, e.g. <c>code.Trim()</c>.</summary>
        public string Display { get; }

        /// <summary>The subject <paramref name="operand"/> reads, when it is a parameter of <paramref name="method"/> or a trivial derivation of one.</summary>
        public static ParameterSubject? Read(IOperation operand, IMethodSymbol method)
        {
            var display = operand.WithoutConversions().Syntax.ToString();
            var steps = new List<string>();
            var current = operand.WithoutConversions();
            while (steps.Count <= MaxSteps)
            {
                switch (current)
                {
                    case IParameterReferenceOperation reference
                        when SymbolEqualityComparer.Default.Equals(reference.Parameter.ContainingSymbol, method)
                            && reference.Type?.TypeKind is not (null or TypeKind.Enum or TypeKind.Error):
                        steps.Reverse();
                        return new ParameterSubject(reference.Parameter, steps.ToImmutableArray(), display);
                    case IPropertyReferenceOperation { Property.Name: "Length", Instance: { } instance }
                        when instance.Type?.SpecialType == SpecialType.System_String:
                        steps.Add("Length");
                        current = instance.WithoutConversions();
                        break;
                    case IInvocationOperation { Instance: { } instance, TargetMethod: var target } invocation
                        when IsDerivation(target, invocation.Arguments.Length):
                        steps.Add(target.Name);
                        current = instance.WithoutConversions();
                        break;
                    default:
                        return null;
                }
            }

            return null;
        }

        /// <summary>The subject's value for the input <paramref name="value"/>; false when the derivation would not run (a null string).</summary>
        public bool TryApply(object? value, out object? derived)
        {
            derived = value;
            foreach (var step in Steps)
            {
                if (step == "ToString")
                {
                    derived = derived switch
                    {
                        null => null,
                        string already => already,
                        bool flag => flag ? "True" : "False",
                        System.IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                        _ => derived.ToString(),
                    };
                    if (derived is null)
                    {
                        return false;
                    }

                    continue;
                }

                if (derived is not string text)
                {
                    return false;
                }

                derived = step switch
                {
                    "Length" => text.Length,
                    "Trim" => text.Trim(),
                    "TrimStart" => text.TrimStart(),
                    "TrimEnd" => text.TrimEnd(),
                    "ToLower" or "ToLowerInvariant" => text.ToLowerInvariant(),
                    _ => text.ToUpperInvariant(),
                };
            }

            return true;
        }

        private static bool IsDerivation(IMethodSymbol target, int argumentCount)
        {
            if (target.Name == "ToString")
            {
                return argumentCount == 0;
            }

            // ToLower(CultureInfo) and ToUpper(CultureInfo) take the culture; the trims take nothing here.
            return target.ContainingType?.SpecialType == SpecialType.System_String
                && StringSteps.Contains(target.Name)
                && (argumentCount == 0 || (argumentCount == 1 && target.Name is "ToLower" or "ToUpper"));
        }
    }
}
