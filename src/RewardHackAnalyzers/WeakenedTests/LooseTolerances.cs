using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Equality;
using RewardHackAnalyzers.Testing;
using static RewardHackAnalyzers.Testing.KnownSymbols;

namespace RewardHackAnalyzers.WeakenedTests
{
    /// <summary>
    /// Finds RH0407's shapes in one call. Parameters are told apart by the names the frameworks give them, and only on
    /// methods already recognised as framework assertions by symbol: an absolute tolerance (<c>tolerance</c>, <c>delta</c>,
    /// a non-integer <c>precision</c>), xUnit's decimal-places <c>precision</c>, the expected value (<c>expected</c>,
    /// <c>expectedValue</c>, <c>nearbyValue</c>) and range bounds. Negated assertions (<c>NotEqual</c>,
    /// <c>AreNotEqual</c>, <c>NotBeApproximately</c>, <c>Is.Not.EqualTo</c>) are skipped: a loose tolerance makes them fail.
    /// </summary>
    internal sealed class LooseTolerances
    {
        private const int MaxChain = 16;

        private readonly TestModel model;
        private readonly IAssemblySymbol? nunit;

        public LooseTolerances(TestModel model)
        {
            this.model = model;
            nunit = model.Types.NUnitIs?.ContainingAssembly;
        }

        public LooseTolerance? Find(IInvocationOperation call)
        {
            var method = call.TargetMethod;
            if (method.Name.IndexOf("Not", StringComparison.Ordinal) >= 0)
            {
                return null;
            }

            if (nunit is not null && Is(method.ContainingAssembly, nunit))
            {
                if (method.Name == "Within")
                {
                    return Within(call);
                }

                if (method.Name == "InRange" && Is(method.ContainingType, model.Types.NUnitIs))
                {
                    return Range(call);
                }
            }

            if (!model.IsFrameworkAssertion(method))
            {
                return null;
            }

            return method.Name is "InRange" or "BeInRange" or "ShouldBeInRange" ? Range(call) : Tolerance(call);
        }

        private static LooseTolerance? Tolerance(IInvocationOperation call)
        {
            var expected = ArgumentNamed(call, "expected", "expectedValue", "nearbyValue");
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter?.Name is not ("tolerance" or "delta" or "precision") || NumericConstant.Of(argument.Value) is not { } tolerance)
                {
                    continue;
                }

                var decimalPlaces = argument.Parameter.Name == "precision" && IsInteger(argument.Parameter.Type.SpecialType);
                var reason = decimalPlaces
                    ? RoundsToZero(tolerance, expected, ArgumentOperationNamed(call, "rounding"))
                    : Absolute(tolerance, expected);
                return reason is null ? null : new LooseTolerance(argument.Value, reason);
            }

            return null;
        }

        // Is.EqualTo(expected).Within(tolerance), optionally .Percent; other units (Ulps, Seconds, …) are not judged.
        private static LooseTolerance? Within(IInvocationOperation call)
        {
            if (call.Arguments.Length != 1 || NumericConstant.Of(call.Arguments[0].Value) is not { } tolerance
                || call.Instance is not IInvocationOperation { TargetMethod.Name: "EqualTo", Arguments.Length: > 0 } equalTo || IsNegated(equalTo.Instance))
            {
                return null;
            }

            var parent = call.Parent;
            while (parent is IConversionOperation { IsImplicit: true })
            {
                parent = parent.Parent;
            }

            var unit = parent is IPropertyReferenceOperation property && property.Instance is not null ? property.Property.Name : null;
            var expected = NumericConstant.Of(equalTo.Arguments[0].Value);
            var reason = unit switch
            {
                null => Absolute(tolerance, expected),
                "Percent" when tolerance.Value >= 100 && expected?.Value != 0 => $"tolerance '{tolerance.Text}' percent is at least 100 percent, so 0 passes",
                _ => null,
            };
            return reason is null ? null : new LooseTolerance(call.Arguments[0].Value, reason);
        }

        private static LooseTolerance? Range(IInvocationOperation call)
        {
            var low = ArgumentOperationNamed(call, "low", "minimumValue", "from");
            var high = ArgumentOperationNamed(call, "high", "maximumValue", "to");
            if (low is null || high is null || NumericConstant.Of(low.Value) is not { } from || NumericConstant.Of(high.Value) is not { } to)
            {
                return null;
            }

            // The bounds are judged against the type they are compared as: InRange<long>(x, int.MinValue, int.MaxValue) is not every long.
            var type = low.Parameter?.Type is { SpecialType: not SpecialType.System_Object } parameterType ? parameterType.SpecialType : from.Type;
            // For float and double, MinValue to MaxValue is the idiom for "finite": it rejects infinities and NaN.
            var floating = type is SpecialType.System_Double or SpecialType.System_Single;
            var everything = (double.IsNegativeInfinity(from.Value) || (!floating && from.Value == NumericConstant.Smallest(type)))
                && (double.IsPositiveInfinity(to.Value) || (!floating && to.Value == NumericConstant.Largest(type)));
            return everything
                ? new LooseTolerance(call, $"range '{from.Text}' to '{to.Text}' is every value of its type")
                : null;
        }

        private static string? Absolute(NumericConstant tolerance, NumericConstant? expected)
        {
            if (tolerance.IsUnboundedAbove)
            {
                return $"tolerance '{tolerance.Text}' accepts any value";
            }

            return expected is { Value: not 0 } && !double.IsNaN(expected.Value) && tolerance.Value >= Math.Abs(expected.Value)
                ? $"tolerance '{tolerance.Text}' is at least the expected value '{expected.Text}', so 0 passes"
                : null;
        }

        // xUnit rounds both values to 'precision' decimal places; when the expected value rounds to 0, so does a stub's 0.
        private static string? RoundsToZero(NumericConstant precision, NumericConstant? expected, IArgumentOperation? rounding)
        {
            var mode = rounding is null ? MidpointRounding.ToEven
                : rounding.Value.ConstantValue.Value is int constant ? (MidpointRounding)constant
                : (MidpointRounding)(-1);
            if (expected is not { Value: not 0 } || precision.Value < 0 || mode is not (MidpointRounding.ToEven or MidpointRounding.AwayFromZero))
            {
                return null;
            }

            var places = (int)precision.Value;
            var rounded = expected.Raw is decimal exact
                ? places <= 28 && Math.Round(exact, places, mode) == 0m
                : places <= 15 && !double.IsInfinity(expected.Value) && Math.Round(expected.Value, places, mode) == 0d;
            return rounded ? $"precision '{precision.Text}' rounds the expected value '{expected.Text}' to 0, so 0 passes" : null;
        }

        private static bool IsNegated(IOperation? constraint)
        {
            for (var step = 0; step < MaxChain && constraint is not null; step++)
            {
                switch (AssertionOperations.Unconverted(constraint))
                {
                    case IPropertyReferenceOperation property:
                        if (property.Property.Name is "Not" or "No")
                        {
                            return true;
                        }

                        constraint = property.Instance;
                        break;
                    case IInvocationOperation invocation:
                        constraint = invocation.Instance;
                        break;
                    default:
                        return false;
                }
            }

            return false;
        }

        private static NumericConstant? ArgumentNamed(IInvocationOperation call, params string[] names) =>
            ArgumentOperationNamed(call, names) is { } argument ? NumericConstant.Of(argument.Value) : null;

        private static IArgumentOperation? ArgumentOperationNamed(IInvocationOperation call, params string[] names)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument.Parameter is { } parameter && Array.IndexOf(names, parameter.Name) >= 0 && argument.ArgumentKind == ArgumentKind.Explicit)
                {
                    return argument;
                }
            }

            return null;
        }

        private static bool IsInteger(SpecialType type) => type is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_Int16;
    }
}
