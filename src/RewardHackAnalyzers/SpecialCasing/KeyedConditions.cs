using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// Reads the inputs a branch recognises from its condition, pattern or case label. A condition counts only when it
    /// is made of nothing but equality with literals: <c>code == "VIP"</c>, <c>code.Equals("VIP")</c>,
    /// <c>string.Equals(code, "vip", StringComparison.OrdinalIgnoreCase)</c>, <c>code is "VIP" or "GOLD"</c>,
    /// <c>a == 2 &amp;&amp; b == 3</c>, <c>(a, b) is (2, 3)</c>, joined by <c>||</c> and <c>&amp;&amp;</c>. Ranges,
    /// enums and conditions that also test something else are not special cases of a literal input.
    /// </summary>
    internal static class KeyedConditions
    {
        // A condition with more alternatives than this is a table, and expanding `&&` of `||` must stay bounded.
        private const int MaxAlternatives = 16;

        // Deeper conditions are not special cases of an input, and generated code can nest thousands of `||`.
        private const int MaxDepth = 32;

        /// <summary>The inputs <paramref name="condition"/> recognises; empty when it is not purely keyed.</summary>
        public static ImmutableArray<KeySet> FromCondition(IOperation condition, IMethodSymbol method) =>
            FromCondition(condition, method, 0);

        private static ImmutableArray<KeySet> FromCondition(IOperation condition, IMethodSymbol method, int depth)
        {
            if (depth > MaxDepth)
            {
                return ImmutableArray<KeySet>.Empty;
            }

            switch (condition)
            {
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalOr } or:
                    return Either(FromCondition(or.LeftOperand, method, depth + 1), FromCondition(or.RightOperand, method, depth + 1));
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and:
                    return Both(FromCondition(and.LeftOperand, method, depth + 1), FromCondition(and.RightOperand, method, depth + 1));
                case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals } equals:
                    return Single(Key(equals.LeftOperand, equals.RightOperand, method, ignoreCase: false)
                        ?? Key(equals.RightOperand, equals.LeftOperand, method, ignoreCase: false));
                case IInvocationOperation invocation:
                    return FromEqualsCall(invocation, method);
                case IIsPatternOperation isPattern:
                    return FromPattern(isPattern.Pattern, isPattern.Value, method, depth + 1);
                default:
                    return ImmutableArray<KeySet>.Empty;
            }
        }

        /// <summary>The inputs a case label recognises when the switch is on <paramref name="subject"/>; empty for default and guarded labels.</summary>
        public static ImmutableArray<KeySet> FromCaseClause(ICaseClauseOperation clause, IOperation subject, IMethodSymbol method) =>
            clause switch
            {
                ISingleValueCaseClauseOperation single => Single(Key(subject, single.Value, method, ignoreCase: false)),
                IPatternCaseClauseOperation { Guard: null } pattern => FromPattern(pattern.Pattern, subject, method, 0),
                _ => ImmutableArray<KeySet>.Empty,
            };

        /// <summary>The inputs <paramref name="pattern"/> matches when applied to <paramref name="subject"/>.</summary>
        public static ImmutableArray<KeySet> FromPattern(IPatternOperation pattern, IOperation subject, IMethodSymbol method) =>
            FromPattern(pattern, subject, method, 0);

        private static ImmutableArray<KeySet> FromPattern(IPatternOperation pattern, IOperation subject, IMethodSymbol method, int depth)
        {
            if (depth > MaxDepth)
            {
                return ImmutableArray<KeySet>.Empty;
            }

            switch (pattern)
            {
                case IConstantPatternOperation constant:
                    return Single(Key(subject, constant.Value, method, ignoreCase: false, location: constant.Syntax));
                case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.Or } or:
                    return Either(FromPattern(or.LeftPattern, subject, method, depth + 1), FromPattern(or.RightPattern, subject, method, depth + 1));
                case IRecursivePatternOperation { DeconstructionSubpatterns.Length: > 0, PropertySubpatterns.Length: 0 } recursive
                    when subject.WithoutConversions() is ITupleOperation tuple && tuple.Elements.Length == recursive.DeconstructionSubpatterns.Length:
                    return FromTuplePattern(recursive, tuple, method);
                default:
                    return ImmutableArray<KeySet>.Empty;
            }
        }

        // `(a, b) switch { (2, 3) => … }`: each constant element is a comparison; discards leave an element free.
        private static ImmutableArray<KeySet> FromTuplePattern(IRecursivePatternOperation pattern, ITupleOperation tuple, IMethodSymbol method)
        {
            var keys = ImmutableArray.CreateBuilder<SpecialCaseKey>();
            for (var i = 0; i < tuple.Elements.Length; i++)
            {
                switch (pattern.DeconstructionSubpatterns[i])
                {
                    case IDiscardPatternOperation:
                        continue;
                    case IConstantPatternOperation constant when Key(tuple.Elements[i], constant.Value, method, ignoreCase: false) is { } key:
                        keys.Add(key);
                        continue;
                    default:
                        return ImmutableArray<KeySet>.Empty;
                }
            }

            return keys.Count == 0
                ? ImmutableArray<KeySet>.Empty
                : ImmutableArray.Create(new KeySet(keys.ToImmutable(), pattern.Syntax));
        }

        // code.Equals("VIP"), string.Equals(code, "VIP"), string.Equals(code, "vip", StringComparison.OrdinalIgnoreCase).
        private static ImmutableArray<KeySet> FromEqualsCall(IInvocationOperation invocation, IMethodSymbol method)
        {
            var target = invocation.TargetMethod;
            if (target.Name != "Equals" || invocation.Arguments.Any(a => a.ArgumentKind != ArgumentKind.Explicit))
            {
                return ImmutableArray<KeySet>.Empty;
            }

            var arguments = invocation.Arguments.Select(a => a.Value).ToList();
            if (invocation.Instance is { } instance)
            {
                arguments.Insert(0, instance);
            }

            var ignoreCase = false;
            if (arguments.Count == 3 && target.ContainingType?.SpecialType == SpecialType.System_String)
            {
                if (arguments[2].ConstantValue is not { HasValue: true, Value: int comparison })
                {
                    return ImmutableArray<KeySet>.Empty;
                }

                ignoreCase = comparison % 2 == 1; // the *IgnoreCase members of StringComparison are the odd ones
                arguments.RemoveAt(2);
            }

            return arguments.Count == 2
                ? Single(Key(arguments[0], arguments[1], method, ignoreCase) ?? Key(arguments[1], arguments[0], method, ignoreCase))
                : ImmutableArray<KeySet>.Empty;
        }

        private static SpecialCaseKey? Key(IOperation subject, IOperation literal, IMethodSymbol method, bool ignoreCase, SyntaxNode? location = null)
        {
            var stripped = literal.WithoutConversions();
            if (!literal.ConstantValue.HasValue || stripped.Type?.TypeKind == TypeKind.Enum
                || ParameterSubject.Read(subject, method) is not { } parameterSubject)
            {
                return null;
            }

            return new SpecialCaseKey(parameterSubject, stripped.ConstantValue.HasValue ? stripped.ConstantValue.Value : literal.ConstantValue.Value, ignoreCase, location ?? stripped.Syntax);
        }

        private static ImmutableArray<KeySet> Single(SpecialCaseKey? key) =>
            key is null ? ImmutableArray<KeySet>.Empty : ImmutableArray.Create(new KeySet(ImmutableArray.Create(key), key.Literal));

        private static ImmutableArray<KeySet> Either(ImmutableArray<KeySet> left, ImmutableArray<KeySet> right) =>
            left.IsEmpty || right.IsEmpty || left.Length + right.Length > MaxAlternatives
                ? ImmutableArray<KeySet>.Empty
                : left.AddRange(right);

        // (a == 1 || a == 2) && b == 3 recognises (1, 3) and (2, 3).
        private static ImmutableArray<KeySet> Both(ImmutableArray<KeySet> left, ImmutableArray<KeySet> right)
        {
            if (left.IsEmpty || right.IsEmpty || left.Length * right.Length > MaxAlternatives)
            {
                return ImmutableArray<KeySet>.Empty;
            }

            return left.SelectMany(l => right.Select(r => new KeySet(l.Keys.AddRange(r.Keys), l.Location))).ToImmutableArray();
        }
    }
}
