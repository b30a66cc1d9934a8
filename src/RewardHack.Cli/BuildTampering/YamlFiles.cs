using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>CI YAML read with YamlDotNet's representation model (marks are 1-based line/column). Invalid YAML: null, no exception.</summary>
    internal static class YamlFiles
    {
        // Deeper than any real pipeline; bounds the walk on hostile input.
        private const int MaxDepth = 64;

        public static IReadOnlyList<YamlNode>? TryLoadRoots(string text)
        {
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(text));
                return stream.Documents.Select(d => d.RootNode).ToList();
            }
            catch (YamlException)
            {
                return null;
            }
        }

        /// <summary>Every mapping in the documents, parents before children; an alias to a node already seen is not walked again.</summary>
        public static IEnumerable<YamlMappingNode> Mappings(IEnumerable<YamlNode> roots)
        {
            var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
            var pending = new Stack<(YamlNode Node, int Depth)>(roots.Reverse().Select(r => (r, 0)));
            while (pending.Count > 0)
            {
                var (node, depth) = pending.Pop();
                if (depth > MaxDepth || !seen.Add(node))
                {
                    continue;
                }

                IEnumerable<YamlNode> children = node switch
                {
                    YamlMappingNode mapping => mapping.Children.Values,
                    YamlSequenceNode sequence => sequence.Children,
                    _ => Enumerable.Empty<YamlNode>(),
                };
                foreach (var child in children.Reverse())
                {
                    pending.Push((child, depth + 1));
                }

                if (node is YamlMappingNode found)
                {
                    yield return found;
                }
            }
        }

        /// <summary>The key node and value of <paramref name="key"/> in a mapping (case-sensitive, as YAML is), or null.</summary>
        public static (YamlScalarNode Key, YamlNode Value)? Entry(YamlMappingNode mapping, string key)
        {
            foreach (var (k, v) in mapping.Children)
            {
                if (k is YamlScalarNode scalar && scalar.Value == key)
                {
                    return (scalar, v);
                }
            }

            return null;
        }

        public static string? Scalar(YamlMappingNode mapping, string key) => (Entry(mapping, key)?.Value as YamlScalarNode)?.Value;

        /// <summary>A literal boolean, or the same literal as a GitHub expression (<c>${{ true }}</c>); anything computed is neither.</summary>
        public static bool IsLiteral(YamlNode node, string boolean)
        {
            var value = (node as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
            if (value.StartsWith("${{", System.StringComparison.Ordinal) && value.EndsWith("}}", System.StringComparison.Ordinal))
            {
                value = value[3..^2].Trim();
            }

            return string.Equals(value, boolean, System.StringComparison.OrdinalIgnoreCase);
        }
    }
}
