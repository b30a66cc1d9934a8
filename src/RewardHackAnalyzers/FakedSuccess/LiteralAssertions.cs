using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using RewardHackAnalyzers.Testing;

namespace RewardHackAnalyzers.FakedSuccess
{
    /// <summary>
    /// Recognises a framework assertion of the literal it expects: <c>Assert.True(true)</c>, <c>Assert.False(false)</c>,
    /// <c>Assert.IsTrue(true)</c>, <c>Assert.IsFalse(false)</c>, <c>Assert.That(true)</c>, <c>Assert.That(true, Is.True)</c>,
    /// <c>true.Should().BeTrue()</c>, <c>false.Should().BeFalse()</c>, <c>true.ShouldBeTrue()</c>,
    /// <c>false.ShouldBeFalse()</c>. Only the literal as written counts: other tautologies (<c>Assert.True(1 == 1)</c>,
    /// <c>Assert.Equal(x, x)</c>) are the WeakenedTests rules' to judge.
    /// </summary>
    internal static class LiteralAssertions
    {
        /// <summary>The literal <paramref name="invocation"/> asserts to be what it is (<c>true</c> or <c>false</c>), or null.</summary>
        public static string? LiteralOf(IInvocationOperation invocation, TestModel model)
        {
            // The name first: it is the cheap test, and rules out almost every call.
            var method = invocation.TargetMethod;
            var expected = method.Name switch
            {
                "True" or "IsTrue" or "That" or "BeTrue" or "ShouldBeTrue" => SyntaxKind.TrueLiteralExpression,
                "False" or "IsFalse" or "BeFalse" or "ShouldBeFalse" => SyntaxKind.FalseLiteralExpression,
                _ => SyntaxKind.None,
            };
            if (expected == SyntaxKind.None || invocation.Syntax is not InvocationExpressionSyntax syntax || !model.IsFrameworkAssertion(method))
            {
                return null;
            }

            var subject = Subject(method.Name, syntax);
            return subject is not null && subject.IsKind(expected) ? subject.ToString() : null;
        }

        // What the assertion checks: the first argument (Assert.True(x), Assert.That(x[, Is.True])), the receiver of
        // Shouldly's x.ShouldBeTrue(), or the subject of FluentAssertions' x.Should().BeTrue().
        private static ExpressionSyntax? Subject(string name, InvocationExpressionSyntax syntax)
        {
            var arguments = syntax.ArgumentList.Arguments;
            var receiver = (syntax.Expression as MemberAccessExpressionSyntax)?.Expression;
            switch (name)
            {
                case "BeTrue" or "BeFalse":
                    return receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Should" } should }
                        ? Unparenthesized(should.Expression)
                        : null;
                case "ShouldBeTrue" or "ShouldBeFalse":
                    return arguments.Count == 0 && receiver is not null ? Unparenthesized(receiver) : null;
                case "That":
                    return arguments.Count == 1 || (arguments.Count == 2 && arguments[1].Expression.ToString() is "Is.True" or "NUnit.Framework.Is.True")
                        ? Unparenthesized(arguments[0].Expression)
                        : null;
                default:
                    return arguments.Count >= 1 && arguments[0].NameColon is null ? Unparenthesized(arguments[0].Expression) : null;
            }
        }

        private static ExpressionSyntax Unparenthesized(ExpressionSyntax expression)
        {
            while (expression is ParenthesizedExpressionSyntax parenthesized)
            {
                expression = parenthesized.Expression;
            }

            return expression;
        }
    }
}
