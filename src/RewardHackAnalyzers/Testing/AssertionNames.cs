using System;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// The name fallback for invocations whose method does not resolve (packages not restored, code mid-edit): the
    /// shapes of the supported frameworks' assertions, recognised from syntax. Only consulted when the compiler found
    /// no method and no candidate for the call.
    /// </summary>
    internal static class AssertionNames
    {
        private static readonly ImmutableHashSet<string> AssertTypes = ImmutableHashSet.Create(
            StringComparer.Ordinal, "Assert", "ClassicAssert", "CollectionAssert", "StringAssert", "FileAssert", "DirectoryAssert");

        private static readonly ImmutableHashSet<string> MockVerifications = ImmutableHashSet.Create(
            StringComparer.Ordinal,
            "Verify", "VerifyAll", "VerifyGet", "VerifySet", "VerifyAdd", "VerifyRemove", "VerifyNoOtherCalls",
            "Received", "DidNotReceive", "ReceivedWithAnyArgs", "DidNotReceiveWithAnyArgs");

        /// <summary>
        /// True for the names of the frameworks' assertion classes (<c>Assert</c>, <c>ClassicAssert</c>,
        /// <c>CollectionAssert</c>, <c>StringAssert</c>, <c>FileAssert</c>, <c>DirectoryAssert</c>): the receiver of an
        /// assertion-shaped call, whatever the name binds to.
        /// </summary>
        public static bool IsAssertTypeName(string name) => AssertTypes.Contains(name);

        /// <summary>
        /// True for <c>Assert.Equal(…)</c> (any framework Assert type, unless <c>Assert</c> resolves to some other
        /// type), <c>x.Should().Be(…)</c>, <c>x.ShouldBe(…)</c>, <c>Should.Throw(…)</c>, <c>mock.Verify(…)</c>,
        /// <c>sub.Received()</c>, <c>Received.InOrder(…)</c> and <c>….MustHaveHappened…()</c>.
        /// </summary>
        public static bool LooksLikeAssertion(InvocationExpressionSyntax invocation, SemanticModel? model, CancellationToken cancellationToken)
        {
            if (invocation.Expression is not MemberAccessExpressionSyntax access)
            {
                return false;
            }

            var name = access.Name.Identifier.ValueText;
            var receiver = access.Expression;
            var receiverName = SimpleName(receiver);
            if (receiverName is not null && AssertTypes.Contains(receiverName))
            {
                return !FrameworkAssertions.NonAssertingAssertMembers.Contains(name)
                    && model?.GetSymbolInfo(receiver, cancellationToken).Symbol is null;
            }

            return IsShouldlyName(name)
                || receiverName == "Should"
                || (name != "Should" && HasShouldCall(receiver))
                || MockVerifications.Contains(name)
                || (receiverName == "Received" && name == "InOrder")
                || name.StartsWith("MustHaveHappened", StringComparison.Ordinal)
                || name.StartsWith("MustNotHaveHappened", StringComparison.Ordinal);
        }

        // ShouldBe, ShouldNotBeNull, ShouldThrow…; not Should itself (FluentAssertions' entry point) nor Shoulder.
        private static bool IsShouldlyName(string name) =>
            name.Length > "Should".Length && name.StartsWith("Should", StringComparison.Ordinal) && char.IsUpper(name["Should".Length]);

        // Is there a parameterless .Should() call somewhere down the receiver chain (x.Should().Be(1).And.NotBeNull())?
        private static bool HasShouldCall(ExpressionSyntax? expression)
        {
            while (expression is not null)
            {
                switch (expression)
                {
                    case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } call:
                        if (member.Name.Identifier.ValueText == "Should" && call.ArgumentList.Arguments.Count == 0)
                        {
                            return true;
                        }

                        expression = member.Expression;
                        break;
                    case MemberAccessExpressionSyntax member:
                        expression = member.Expression;
                        break;
                    case AwaitExpressionSyntax awaited:
                        expression = awaited.Expression;
                        break;
                    case ParenthesizedExpressionSyntax parenthesized:
                        expression = parenthesized.Expression;
                        break;
                    default:
                        return false;
                }
            }

            return false;
        }

        private static string? SimpleName(ExpressionSyntax expression) => expression switch
        {
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            MemberAccessExpressionSyntax member => member.Name.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            _ => null,
        };
    }
}
