using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using RewardHack.Cli.Findings;

namespace RewardHack.Cli.BuildTampering
{
    /// <summary>
    /// A build file (project, props, targets, .slnx) read as XML with line numbers — never evaluated. Names are matched
    /// without namespace, so old-style projects (MSBuild namespace) read the same as SDK-style ones.
    /// </summary>
    internal sealed class BuildXml
    {
        // Target framework, runtime and OS, and source-build (a distribution's build from source, without some dependencies).
        private static readonly string[] PlatformProperties =
        {
            "TargetFramework", "RuntimeIdentifier", "TargetPlatform", "IsOSPlatform", "$(OS)", "DotNetBuildSourceOnly", "DotNetBuildFromSource",
        };

        private BuildXml(string path, XDocument document, string[] lines)
        {
            Path = path;
            Document = document;
            Lines = lines;
        }

        public string Path { get; }

        public XDocument Document { get; }

        public string[] Lines { get; }

        public string Directory => System.IO.Path.GetDirectoryName(Path)!;

        /// <summary>The file parsed with line info, or null for an unreadable file or invalid XML (skipped: no finding, no exception).</summary>
        public static BuildXml? TryLoad(string path)
        {
            var text = TextFiles.TryRead(path);
            if (text is null)
            {
                return null;
            }

            try
            {
                var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
                using var reader = XmlReader.Create(new StringReader(text), settings);
                return new BuildXml(path, XDocument.Load(reader, LoadOptions.SetLineInfo), TextFiles.Lines(text));
            }
            catch (XmlException)
            {
                return null;
            }
        }

        public static IEnumerable<BuildXml> LoadAll(IEnumerable<string> paths) =>
            paths.Select(TryLoad).OfType<BuildXml>();

        public IEnumerable<XElement> Elements(string localName) =>
            Document.Descendants().Where(e => e.Name.LocalName.Equals(localName, StringComparison.OrdinalIgnoreCase));

        /// <summary>Item metadata written either as an attribute or as a child element (<c>&lt;ExcludeAssets&gt;analyzers&lt;/ExcludeAssets&gt;</c>).</summary>
        public static string? Metadata(XElement element, string name) =>
            element.Attributes().FirstOrDefault(a => a.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value
            ?? element.Elements().FirstOrDefault(e => e.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase))?.Value;

        /// <summary>
        /// True when the element or an enclosing group has a condition on the target framework, runtime, operating system or source-build.
        /// Conditions are not evaluated; these select where a setting applies (a multi-targeted project analysed for one
        /// framework, tests that run only on Windows), so a setting under one is not read as switching anything off.
        /// </summary>
        public static bool IsPlatformConditioned(XElement element) =>
            element.AncestorsAndSelf()
                .Select(e => e.Attribute("Condition")?.Value)
                .OfType<string>()
                .Any(c => PlatformProperties.Any(p => c.Contains(p, StringComparison.OrdinalIgnoreCase)));

        public static bool IsFalse(string? value) => string.Equals(value?.Trim(), "false", StringComparison.OrdinalIgnoreCase);

        public static bool IsTrue(string? value) => string.Equals(value?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

        /// <summary>The element's line, from its '&lt;' to the end of the line's text.</summary>
        public SourceSpan SpanOf(XElement element)
        {
            var info = (IXmlLineInfo)element;
            if (!info.HasLineInfo() || info.LineNumber > Lines.Length)
            {
                return SourceSpan.None;
            }

            var start = Math.Max(1, info.LinePosition - 1);
            var end = Lines[info.LineNumber - 1].TrimEnd().Length + 1;
            return new SourceSpan(info.LineNumber, start, info.LineNumber, Math.Max(end, start + 1));
        }

        /// <summary>A property written as evidence: <c>&lt;RunAnalyzers&gt;false&lt;/RunAnalyzers&gt;</c>.</summary>
        public static string PropertyText(XElement property) => $"<{property.Name.LocalName}>{property.Value.Trim()}</{property.Name.LocalName}>";
    }
}
