using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// How a test contract names an assertion and which values it records as expected: the kind is the call as written
    /// without arguments (<c>Assert.Equal</c>; NUnit's <c>Assert.That</c> with its constraint chain, <c>Assert.That:Is.EqualTo</c>;
    /// an instance or extension call by its name, <c>Be</c>, <c>ShouldBe</c>, <c>Verify</c>), and the expected values are
    /// the constants among its arguments, messages left out.
    /// </summary>
    internal static class AssertionKinds
    {
        // Parameters that carry a failure message, not a value under comparison, across xUnit, NUnit, MSTest, FluentAssertions and Shouldly.
        private static readonly ImmutableHashSet<string> MessageParameters = ImmutableHashSet.Create(
            "message", "userMessage", "customMessage", "because", "becauseArgs", "args", "parameters", "messageArgs", "format");

        public static string Kind(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            if (!method.IsStatic || method.IsExtensionMethod)
            {
                return method.Name;
            }

            var kind = method.ContainingType.Name + "." + method.Name;
            if (method.Name == "That" && invocation.Syntax is InvocationExpressionSyntax { ArgumentList.Arguments: { Count: > 1 } arguments }
                && ChainOf(arguments[1].Expression) is { Length: > 0 } chain)
            {
                kind += ":" + chain;
            }

            return kind;
        }

        /// <summary>The constant arguments (outside lambdas) of <paramref name="invocation"/>, as C# literals, in order.</summary>
        public static IEnumerable<string> ExpectedLiterals(IInvocationOperation invocation)
        {
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter is { } parameter && MessageParameters.Contains(parameter.Name))
                {
                    continue;
                }

                var pending = new Stack<IOperation>();
                pending.Push(argument.Value);
                while (pending.Count > 0)
                {
                    var operation = pending.Pop();
                    if (operation.ConstantValue.HasValue && !operation.IsImplicit)
                    {
                        if (LiteralText.Format(operation.ConstantValue.Value) is { } literal)
                        {
                            yield return literal;
                        }

                        continue;
                    }

                    if (operation is IAnonymousFunctionOperation)
                    {
                        continue;
                    }

                    // Pushed in reverse so values come out in source order.
                    var children = new List<IOperation>(operation.ChildOperations);
                    for (var i = children.Count - 1; i >= 0; i--)
                    {
                        pending.Push(children[i]);
                    }
                }
            }
        }

        // `Is.EqualTo(5).Within(0.1)` → `Is.EqualTo.Within`; anything but names, member accesses and calls ends the chain empty.
        private static string? ChainOf(ExpressionSyntax expression)
        {
            var names = new List<string>();
            var current = expression;
            while (true)
            {
                switch (current)
                {
                    case InvocationExpressionSyntax call:
                        current = call.Expression;
                        continue;
                    case MemberAccessExpressionSyntax access:
                        names.Add(access.Name.Identifier.ValueText);
                        current = access.Expression;
                        continue;
                    case IdentifierNameSyntax name:
                        names.Add(name.Identifier.ValueText);
                        names.Reverse();
                        return string.Join(".", names);
                    default:
                        return null;
                }
            }
        }
    }
}
