using System;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace RewardHack.Cli.Loading
{
    /// <summary>
    /// Reads a source or additional file for the compiler, turning bad input into notices instead of exceptions: unreadable,
    /// binary and oversized files are skipped; text that is not valid UTF-8 is read as Latin-1 so the rest still parses.
    /// </summary>
    public static class SourceFileReader
    {
        /// <summary>Files above this size are skipped: no hand-written source is that large, and parsing it would stall the scan.</summary>
        public const long MaxFileBytes = 4 * 1024 * 1024;

        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        public static SourceText? Read(string path, NoticeLog notices)
        {
            byte[] bytes;
            try
            {
                var length = new FileInfo(path).Length;
                if (length > MaxFileBytes)
                {
                    notices.Add(path, string.Create(CultureInfo.InvariantCulture, $"file skipped: {length / (1024.0 * 1024.0):0.0} MB is over the {MaxFileBytes / (1024 * 1024)} MB limit"));
                    return null;
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                notices.Add(path, "file skipped: it cannot be read (" + e.Message + ")");
                return null;
            }

            if (HasByteOrderMark(bytes))
            {
                using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
                return SourceText.From(reader.ReadToEnd(), Encoding.UTF8, SourceHashAlgorithm.Sha256);
            }

            if (Array.IndexOf(bytes, (byte)0, 0, Math.Min(bytes.Length, 8000)) >= 0)
            {
                notices.Add(path, "file skipped: it is binary, not C# source");
                return null;
            }

            try
            {
                return SourceText.From(StrictUtf8.GetString(bytes), Encoding.UTF8, SourceHashAlgorithm.Sha256);
            }
            catch (DecoderFallbackException)
            {
                notices.Add(path, "file is not valid UTF-8: read as Latin-1");
                return SourceText.From(Encoding.Latin1.GetString(bytes), Encoding.UTF8, SourceHashAlgorithm.Sha256);
            }
        }

        private static bool HasByteOrderMark(byte[] bytes) =>
            (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            || (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)));
    }
}
