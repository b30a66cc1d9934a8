using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace RewardHackAnalyzers.Testing
{
    /// <summary>A test method the preprocessor removed: its name, and the <c>#if</c>/<c>#elif</c> that removed it.</summary>
    public sealed class PreprocessedOutTest
    {
        public PreprocessedOutTest(string name, DirectiveTriviaSyntax directive)
        {
            Name = name;
            Directive = directive;
        }

        public string Name { get; }
        public DirectiveTriviaSyntax Directive { get; }
    }

    /// <summary>
    /// Finds test methods inside inactive <c>#if</c>/<c>#elif</c> branches whose condition is a constant
    /// (<c>#if false</c>) or names only symbols that are not build symbols. Branches that depend on the target
    /// framework, platform or configuration (<c>#if NET48</c>, <c>#if !DEBUG</c>, <c>#if WINDOWS</c>) are left alone:
    /// in another build of the project they are active. So are branches naming a symbol the project itself defines in
    /// some build (<see cref="ProjectSymbolsOption"/>): one target framework's <c>DefineConstants</c> are not this
    /// compilation's, yet that build compiles the branch. <c>#else</c> branches are left alone too.
    /// </summary>
    public static class PreprocessedOutTests
    {
        /// <summary>
        /// Global analyzer option: the preprocessor symbols the project's files define in any of its builds (every target
        /// framework and configuration), separated by commas (a ';' would start a comment in an analyzer config). The scanner
        /// sets it from the project XML.
        /// </summary>
        public const string ProjectSymbolsOption = "rewardhack.project_symbols";

        /// <summary>The same list as the NuGet package's build logic passes it: the MSBuild property <c>RewardHackProjectSymbols</c>.</summary>
        public const string ProjectSymbolsBuildProperty = "build_property.RewardHackProjectSymbols";

        private static readonly Regex BuildSymbol = new(
            @"^(?:NET|NET\d.*|NETCOREAPP.*|NETSTANDARD.*|NETFRAMEWORK|NETCORE|.*_OR_GREATER|DEBUG|RELEASE|TRACE|CODE_ANALYSIS|" +
            @"WINDOWS.*|LINUX|OSX|MACOS.*|IOS.*|ANDROID.*|MACCATALYST.*|TVOS.*|WATCHOS.*|BROWSER|WASI|FREEBSD|UNIX|X86|X64|ARM|ARM64)$",
            RegexOptions.CultureInvariant);

        /// <summary>
        /// The symbols of <see cref="ProjectSymbolsOption"/> (the scanner) and <see cref="ProjectSymbolsBuildProperty"/>
        /// (a build with the package); empty when no host sets them.
        /// </summary>
        public static ImmutableHashSet<string> ProjectSymbols(AnalyzerConfigOptions globalOptions) =>
            new[] { ProjectSymbolsOption, ProjectSymbolsBuildProperty }
                .SelectMany(option => globalOptions.TryGetValue(option, out var value) ? value.Split(',') : Array.Empty<string>())
                .Select(s => s.Trim())
                .Where(s => s.Length > 0)
                .ToImmutableHashSet(StringComparer.Ordinal);

        public static IReadOnlyList<PreprocessedOutTest> In(SyntaxTree tree, ImmutableHashSet<string> projectSymbols, CancellationToken cancellationToken)
        {
            var found = new List<PreprocessedOutTest>();
            var root = tree.GetRoot(cancellationToken);
            if (!root.ContainsDirectives)
            {
                return found;
            }

            foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: false))
            {
                if (!trivia.IsKind(SyntaxKind.DisabledTextTrivia)
                    || BranchDirective(trivia) is not { } directive
                    || !IsNeverDefined(directive, projectSymbols))
                {
                    continue;
                }

                foreach (var name in TestMethodNames(trivia.ToString(), cancellationToken))
                {
                    found.Add(new PreprocessedOutTest(name, directive));
                }
            }

            return found;
        }

        /// <summary>The condition as written after <c>#if</c>/<c>#elif</c>.</summary>
        public static string Condition(DirectiveTriviaSyntax directive) => directive switch
        {
            IfDirectiveTriviaSyntax ifDirective => ifDirective.Condition.ToString(),
            ElifDirectiveTriviaSyntax elif => elif.Condition.ToString(),
            _ => string.Empty,
        };

        // The directive that opens the branch: the nearest directive before the disabled text in the same trivia list.
        private static DirectiveTriviaSyntax? BranchDirective(SyntaxTrivia disabled)
        {
            var list = disabled.Token.LeadingTrivia;
            var index = list.IndexOf(disabled);
            if (index < 0)
            {
                list = disabled.Token.TrailingTrivia;
                index = list.IndexOf(disabled);
            }

            for (var i = index - 1; i >= 0; i--)
            {
                if (list[i].GetStructure() is DirectiveTriviaSyntax directive)
                {
                    return directive is IfDirectiveTriviaSyntax or ElifDirectiveTriviaSyntax ? directive : null;
                }
            }

            return null;
        }

        private static bool IsNeverDefined(DirectiveTriviaSyntax directive, ImmutableHashSet<string> projectSymbols)
        {
            var condition = directive switch
            {
                IfDirectiveTriviaSyntax ifDirective => ifDirective.Condition,
                ElifDirectiveTriviaSyntax elif => elif.Condition,
                _ => null,
            };
            if (condition is null || condition.IsMissing)
            {
                return false;
            }

            foreach (var node in condition.DescendantNodesAndSelf())
            {
                if (node is IdentifierNameSyntax identifier
                    && (BuildSymbol.IsMatch(identifier.Identifier.ValueText) || projectSymbols.Contains(identifier.Identifier.ValueText)))
                {
                    return false;
                }
            }

            return true;
        }

        // The text is parsed as class members; a whole class or namespace inside the branch parses as nested members too.
        private static IEnumerable<string> TestMethodNames(string text, CancellationToken cancellationToken)
        {
            if (text.IndexOf('[') < 0)
            {
                yield break;
            }

            var parsed = SyntaxFactory.ParseCompilationUnit("class __Disabled {\n" + text + "\n}");
            foreach (var node in parsed.DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (node is MethodDeclarationSyntax method && HasTestAttribute(method))
                {
                    yield return method.Identifier.ValueText;
                }
            }
        }

        private static bool HasTestAttribute(MethodDeclarationSyntax method)
        {
            foreach (var list in method.AttributeLists)
            {
                foreach (var attribute in list.Attributes)
                {
                    var name = attribute.Name switch
                    {
                        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
                        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
                        SimpleNameSyntax simple => simple.Identifier.ValueText,
                        _ => string.Empty,
                    };
                    if (TestAttributes.IsTestMethodAttributeName(name))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
