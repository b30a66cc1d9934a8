using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.SpecialCasing
{
    /// <summary>
    /// The expression a path argument stands for before its shape is read: a <c>readonly</c> field is replaced by its
    /// initializer when that is in the same file (<c>static readonly string Expected = Path.Combine(…)</c>), because
    /// that is how a path is usually kept. Other files are not read: their semantic model is not this callback's.
    /// </summary>
    internal static class PathValues
    {
        // A readonly field initialised from another is followed this many times, so a cycle in broken code ends.
        private const int MaxSteps = 4;

        public static IOperation Resolved(IOperation value)
        {
            for (var step = 0; step < MaxSteps; step++)
            {
                if (Conversions.Unwrapped(value) is not IFieldReferenceOperation { Field: { IsReadOnly: true } field } reference
                    || Initializer(field, reference) is not { } initializer)
                {
                    break;
                }

                value = initializer;
            }

            return value;
        }

        private static IOperation? Initializer(IFieldSymbol field, IOperation reference)
        {
            if (reference.SemanticModel is not { } model)
            {
                return null;
            }

            foreach (var declaration in field.DeclaringSyntaxReferences)
            {
                if (declaration.SyntaxTree == model.SyntaxTree
                    && declaration.GetSyntax() is VariableDeclaratorSyntax { Initializer.Value: { } initializer })
                {
                    return model.GetOperation(initializer);
                }
            }

            return null;
        }
    }
}
