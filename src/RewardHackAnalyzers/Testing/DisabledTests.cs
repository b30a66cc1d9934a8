using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>How a test is switched off by an attribute, and the syntax a fix removes to switch it back on.</summary>
    public sealed class DisabledBy
    {
        public DisabledBy(string display, string? reason, SyntaxNode toRemove)
        {
            Display = display;
            Reason = reason;
            ToRemove = toRemove;
        }

        /// <summary>As the message shows it: <c>[Ignore]</c>, <c>'Skip' of [Fact]</c>.</summary>
        public string Display { get; }

        /// <summary>The reason written next to the skip; null when none was given.</summary>
        public string? Reason { get; }

        /// <summary>The attribute, or the named attribute argument, whose removal runs the test again.</summary>
        public SyntaxNode ToRemove { get; }
    }

    /// <summary>
    /// Recognises, by symbol, the attributes that switch tests off: xUnit <c>Skip = "…"</c> (v2 and v3; not v3's
    /// conditional <c>SkipUnless</c>/<c>SkipWhen</c>) and v3 <c>Explicit = true</c>, NUnit <c>[Ignore]</c>/<c>[Explicit]</c> and
    /// <c>[TestCase(…, Ignore = "…")]</c>/<c>IgnoreReason</c>/<c>Explicit = true</c>, MSTest <c>[Ignore]</c>, TUnit <c>[Skip]</c>
    /// (and attributes derived from them).
    /// </summary>
    public static class DisabledTests
    {
        /// <summary>Every attribute on <paramref name="symbol"/> (a test method or test class) that switches it off.</summary>
        public static IReadOnlyList<DisabledBy> Find(ISymbol symbol, KnownTestTypes types, CancellationToken cancellationToken)
        {
            var found = new List<DisabledBy>();
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is not { } attributeClass
                    || attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
                {
                    continue;
                }

                var written = "[" + syntax.Name + "]";
                if (KnownSymbols.DerivesFrom(attributeClass, types.NUnitIgnoreAttribute)
                    || KnownSymbols.DerivesFrom(attributeClass, types.NUnitExplicitAttribute)
                    || KnownSymbols.DerivesFrom(attributeClass, types.MSTestIgnoreAttribute)
                    || KnownSymbols.DerivesFrom(attributeClass, types.TUnitSkipAttribute))
                {
                    found.Add(new DisabledBy(written, FirstString(attribute), syntax));
                }
                else if (IsXunitTest(attributeClass, types))
                {
                    AddXunit(found, attribute, syntax, written);
                }
                else if (KnownSymbols.DerivesFrom(attributeClass, types.NUnitTestCaseAttribute))
                {
                    AddNUnitCase(found, attribute, syntax, written);
                }
            }

            return found;
        }

        private static void AddXunit(List<DisabledBy> found, AttributeData attribute, AttributeSyntax syntax, string written)
        {
            if (Named(attribute, "SkipUnless") is not null || Named(attribute, "SkipWhen") is not null)
            {
                return;
            }

            // xUnit runs a test whose Skip is empty.
            if (Named(attribute, "Skip") is string { Length: > 0 } skip && Argument(syntax, "Skip") is { } skipSyntax)
            {
                found.Add(new DisabledBy("'Skip' of " + written, skip, skipSyntax));
            }

            if (Named(attribute, "Explicit") is true && Argument(syntax, "Explicit") is { } explicitSyntax)
            {
                found.Add(new DisabledBy("'Explicit' of " + written, null, explicitSyntax));
            }
        }

        private static void AddNUnitCase(List<DisabledBy> found, AttributeData attribute, AttributeSyntax syntax, string written)
        {
            foreach (var name in new[] { "Ignore", "IgnoreReason" })
            {
                if (Named(attribute, name) is string reason && Argument(syntax, name) is { } argument)
                {
                    found.Add(new DisabledBy("'" + name + "' of " + written, reason, argument));
                }
            }

            if (Named(attribute, "Explicit") is true && Argument(syntax, "Explicit") is { } explicitSyntax)
            {
                found.Add(new DisabledBy("'Explicit' of " + written, Named(attribute, "Reason") as string, explicitSyntax));
            }
        }

        private static bool IsXunitTest(INamedTypeSymbol attributeClass, KnownTestTypes types)
        {
            if (KnownSymbols.DerivesFrom(attributeClass, types.XunitFactAttribute))
            {
                return true;
            }

            foreach (var implemented in attributeClass.AllInterfaces)
            {
                if (KnownSymbols.Is(implemented, types.XunitV3FactAttributeInterface))
                {
                    return true;
                }
            }

            return false;
        }

        private static object? Named(AttributeData attribute, string name)
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == name)
                {
                    return named.Value.Kind == TypedConstantKind.Array ? null : named.Value.Value;
                }
            }

            return null;
        }

        private static string? FirstString(AttributeData attribute)
        {
            foreach (var argument in attribute.ConstructorArguments)
            {
                if (argument.Kind != TypedConstantKind.Array && argument.Value is string text)
                {
                    return text;
                }
            }

            return Named(attribute, "Reason") as string;
        }

        private static AttributeArgumentSyntax? Argument(AttributeSyntax syntax, string name)
        {
            if (syntax.ArgumentList is null)
            {
                return null;
            }

            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name)
                {
                    return argument;
                }
            }

            return null;
        }
    }
}
