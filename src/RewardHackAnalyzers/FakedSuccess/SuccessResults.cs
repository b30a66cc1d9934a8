using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// Recognises a returned value that claims success: <c>true</c> from a function returning <c>bool</c> (or an async
    /// <c>Task&lt;bool&gt;</c>/<c>ValueTask&lt;bool&gt;</c>), <c>Task.FromResult(true)</c>, <c>ValueTask.FromResult(true)</c>,
    /// <c>new ValueTask&lt;bool&gt;(true)</c>, a call named <c>Success</c>/<c>Succeeded</c>/<c>Ok</c> (<c>Result.Success()</c>,
    /// a controller's <c>Ok(order)</c>, <c>Results.Ok()</c>), a static member so named (<c>ValidationResult.Success</c>,
    /// <c>IdentityResult.Success</c>) and <c>new OkResult()</c>/<c>new OkObjectResult(…)</c>. Result types are many and
    /// user-written, so they are known by these conventional names.
    /// </summary>
    internal static class SuccessResults
    {
        private static readonly ImmutableHashSet<string> SuccessNames = ImmutableHashSet.Create(StringComparer.Ordinal, "Success", "Succeeded", "Ok");

        private static readonly ImmutableHashSet<string> SuccessTypes = ImmutableHashSet.Create(StringComparer.Ordinal, "OkResult", "OkObjectResult");

        /// <summary>True when returning <paramref name="value"/> from <paramref name="function"/> reports success.</summary>
        public static bool IsSuccess(IOperation? value, IMethodSymbol function)
        {
            value = Unwrap(value);
            if (value is { ConstantValue: { HasValue: true, Value: true } })
            {
                return ResultType(function)?.SpecialType == SpecialType.System_Boolean;
            }

            switch (value)
            {
                case IInvocationOperation invocation when IsTaskFactory(invocation.TargetMethod):
                    return invocation.Arguments.Length == 1 && IsTrueOrSuccessCall(invocation.Arguments[0].Value);
                case IObjectCreationOperation { Constructor: { } constructor } creation when IsTaskType(constructor.ContainingType):
                    return creation.Arguments.Length == 1 && IsTrueOrSuccessCall(creation.Arguments[0].Value);
                default:
                    return IsSuccessCall(value);
            }
        }

        private static bool IsTrueOrSuccessCall(IOperation value)
        {
            value = Unwrap(value)!;
            return value.ConstantValue is { HasValue: true, Value: true } || IsSuccessCall(value);
        }

        private static bool IsSuccessCall(IOperation? value) => value switch
        {
            IInvocationOperation invocation => SuccessNames.Contains(invocation.TargetMethod.Name),
            IPropertyReferenceOperation { Property.IsStatic: true } property => SuccessNames.Contains(property.Property.Name),
            IFieldReferenceOperation { Field.IsStatic: true } field => SuccessNames.Contains(field.Field.Name),
            IObjectCreationOperation { Type: { } type } => SuccessTypes.Contains(type.Name),
            _ => false,
        };

        // What a return statement of the function hands back: T of an async Task<T>/ValueTask<T>, else the return type.
        private static ITypeSymbol? ResultType(IMethodSymbol function) =>
            function.IsAsync && function.ReturnType is INamedTypeSymbol { TypeArguments.Length: 1 } task && IsTaskType(task)
                ? task.TypeArguments[0]
                : function.ReturnType;

        private static bool IsTaskFactory(IMethodSymbol method) => method.Name == "FromResult" && IsTaskType(method.ContainingType);

        private static bool IsTaskType(INamedTypeSymbol? type) =>
            type is { Name: "Task" or "ValueTask" }
            && type.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";

        private static IOperation? Unwrap(IOperation? value)
        {
            while (value is IConversionOperation { IsImplicit: true } conversion)
            {
                value = conversion.Operand;
            }

            return value;
        }
    }
}
