using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Tampering
{
    /// <summary>What an extension member's body does, read from its operations (lambdas and local functions included).</summary>
    internal static class BodyEvidence
    {
        public static bool Calls(IOperation body, Func<IInvocationOperation, bool> matches)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is IInvocationOperation invocation && matches(invocation))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True when the body assigns a property named <paramref name="property"/> of <paramref name="owner"/> the enum or static member <paramref name="value"/>.</summary>
        public static bool Assigns(IOperation body, INamedTypeSymbol? owner, string property, string value)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation target } assignment
                    && target.Property.Name == property
                    && FrameworkExtensionTypes.Is(target.Property.ContainingType, owner)
                    && IsMember(assignment.Value, value))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>True for a reference to a field or property named <paramref name="name"/> (<c>UnitTestOutcome.Passed</c>, <c>ResultState.Success</c>).</summary>
        public static bool IsMember(IOperation operation, string name)
        {
            while (operation is IConversionOperation conversion)
            {
                operation = conversion.Operand;
            }

            return operation switch
            {
                IFieldReferenceOperation field => field.Field.Name == name,
                IPropertyReferenceOperation reference => reference.Property.Name == name,
                _ => false,
            };
        }

        /// <summary>True when the receiver is this object itself (a call to its own or its base's member).</summary>
        public static bool OnThis(IInvocationOperation invocation) =>
            invocation.Instance is IInstanceReferenceOperation;
    }
}
