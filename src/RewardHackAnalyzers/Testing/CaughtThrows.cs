using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// A <c>throw</c> that its own method catches: <c>try { Act(); throw new InvalidOperationException(); } catch
    /// (InvalidOperationException) { }</c> reads as "should have thrown", but the throw lands in the catch beside it, so
    /// it cannot fail the test whatever <c>Act</c> does.
    /// </summary>
    internal static class CaughtThrows
    {
        /// <summary>
        /// True when a <c>try</c> enclosing <paramref name="thrown"/> in the same body (not across a lambda or local
        /// function, which may run elsewhere) has a catch without filter for the thrown type or one of its bases. A
        /// rethrow (<c>throw;</c>) or a throw of an unknown type is caught only by a catch-all.
        /// </summary>
        public static bool IsCaughtInPlace(IThrowOperation thrown)
        {
            var thrownType = TestModel.ThrownType(thrown);
            IOperation child = thrown;
            for (var parent = thrown.Parent; parent is not null; child = parent, parent = parent.Parent)
            {
                if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
                {
                    return false;
                }

                if (parent is ITryOperation attempt && attempt.Body == child && Catches(attempt, thrownType))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Catches(ITryOperation attempt, ITypeSymbol? thrownType)
        {
            foreach (var clause in attempt.Catches)
            {
                if (clause.Filter is null && (IsCatchAll(clause.ExceptionType) || DerivesFrom(thrownType, clause.ExceptionType)))
                {
                    return true;
                }
            }

            return false;
        }

        // `catch { }` binds its type to object; `catch (Exception)` catches everything a C# throw can throw.
        private static bool IsCatchAll(ITypeSymbol caught) =>
            caught.SpecialType == SpecialType.System_Object
            || (caught is { Name: "Exception", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } });

        private static bool DerivesFrom(ITypeSymbol? thrownType, ITypeSymbol caught)
        {
            if (caught.TypeKind == TypeKind.Error)
            {
                return false;
            }

            for (var current = thrownType; current is not null && current.TypeKind != TypeKind.Error; current = current.BaseType)
            {
                if (SymbolEqualityComparer.Default.Equals(current, caught))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
