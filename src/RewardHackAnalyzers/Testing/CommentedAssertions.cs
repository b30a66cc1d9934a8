using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using RewardHackAnalyzers.Infrastructure;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>
    /// Finds assertions that were commented out: each line of a <c>//</c> or <c>/* */</c> comment is parsed as an
    /// expression, and counts when it is an invocation of the shapes the model's name fallback recognises
    /// (<c>Assert.Equal(…)</c>, <c>x.Should().Be(…)</c>, <c>x.ShouldBe(…)</c>, <c>mock.Verify(…)</c>, …). Prose that merely
    /// mentions an assertion ("TODO: Assert.Equal once fixed") does not parse as one and does not count.
    /// </summary>
    public static class CommentedAssertions
    {
        // Assert (the Assert types), Should (Shouldly and the fluent libraries), Verify and Receive (Moq, NSubstitute),
        // MustHaveHappened/MustNotHaveHappened (FakeItEasy); "\u" because an identifier may be written escaped.
        private static readonly string[] AssertionWords =
            { "Assert", "Should", "Verify", "Receive", "MustHaveHappened", "MustNotHaveHappened", "\\u", "\\U" };

        /// <summary>The comments inside <paramref name="body"/> that hold at least one assertion, with how many each holds.</summary>
        public static IReadOnlyList<(SyntaxTrivia Comment, int Count)> In(SyntaxNode body, CancellationToken cancellationToken)
        {
            var found = new List<(SyntaxTrivia, int)>();
            if (!MayHoldComment(body, cancellationToken))
            {
                return found;
            }

            foreach (var trivia in body.DescendantTrivia())
            {
                if (!trivia.IsKind(SyntaxKind.SingleLineCommentTrivia) && !trivia.IsKind(SyntaxKind.MultiLineCommentTrivia))
                {
                    continue;
                }

                var count = Count(trivia.ToString(), cancellationToken);
                if (count > 0)
                {
                    found.Add((trivia, count));
                }
            }

            return found;
        }

        // Walking every trivia of a body costs far more than scanning its text, and most bodies hold no comment at all:
        // every comment starts with "//" or "/*", so text without either has none.
        private static bool MayHoldComment(SyntaxNode body, CancellationToken cancellationToken) =>
            NodeText.Contains(body, "//", cancellationToken) || NodeText.Contains(body, "/*", cancellationToken);

        // Parsing is the costly step: a line that holds none of the words every name AssertionNames recognises contains
        // (an escaped identifier aside) cannot parse into an assertion, so it is not parsed.
        private static bool MayNameAssertion(string line)
        {
            foreach (var word in AssertionWords)
            {
                if (line.IndexOf(word, StringComparison.Ordinal) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static int Count(string comment, CancellationToken cancellationToken)
        {
            var count = 0;
            foreach (var rawLine in comment.Split('\n'))
            {
                var line = StripCommentMarks(rawLine);
                if (line.Length == 0 || line.IndexOf('(') < 0 || !MayNameAssertion(line))
                {
                    continue;
                }

                var expression = SyntaxFactory.ParseExpression(line.TrimEnd(';', ' ', '\t'));
                while (expression is AwaitExpressionSyntax awaited)
                {
                    expression = awaited.Expression;
                }

                if (ChainAsserts(expression, cancellationToken))
                {
                    count++;
                }
            }

            return count;
        }

        // The statement's call or one down its receiver chain: sub.Received(1).Add(2, 2) asserts through Received.
        private static bool ChainAsserts(ExpressionSyntax expression, CancellationToken cancellationToken)
        {
            var current = expression;
            while (current is InvocationExpressionSyntax { Expression: var callee } invocation && !callee.IsMissing)
            {
                if (AssertionNames.LooksLikeAssertion(invocation, model: null, cancellationToken))
                {
                    return true;
                }

                current = callee is MemberAccessExpressionSyntax access ? access.Expression : null;
            }

            return false;
        }

        private static string StripCommentMarks(string line)
        {
            var text = line.Trim();
            if (text.StartsWith("//", StringComparison.Ordinal))
            {
                text = text.TrimStart('/');
            }

            if (text.StartsWith("/*", StringComparison.Ordinal))
            {
                text = text.Substring(2);
            }

            if (text.EndsWith("*/", StringComparison.Ordinal))
            {
                text = text.Substring(0, text.Length - 2);
            }

            return text.TrimStart('*').Trim();
        }
    }
}
