using Smi.Docs.Diagnostics;

namespace Smi.Docs.Templating;

/// <summary>
/// The front matter of a template file: <c>naam: waarde</c> lines between two <c>---</c> lines at the top (a flat
/// subset of YAML). The one reader for the engine, the checker, the plain-language check and the locale tools; values
/// keep their offsets so a tool can rewrite one value and leave every other byte of the file alone.
/// </summary>
public sealed record FrontMatter(IReadOnlyDictionary<string, FrontMatterField> Fields, int CloseOffset, int BodyStart)
{
    /// <summary>A file without front matter: the body starts at offset 0 and new keys have nowhere to go.</summary>
    public static FrontMatter None { get; } = new(new Dictionary<string, FrontMatterField>(), -1, 0);

    public bool IsPresent => CloseOffset >= 0;

    internal static FrontMatter Read(string text, string fileName, LineIndex lines)
    {
        var firstEnd = LineEnd(text, 0);
        if (text[..firstEnd].Trim() != "---")
        {
            return None;
        }
        var fields = new Dictionary<string, FrontMatterField>(StringComparer.Ordinal);
        var start = NextLine(text, firstEnd);
        while (start < text.Length)
        {
            var end = LineEnd(text, start);
            var line = text[start..end];
            if (line.Trim() == "---")
            {
                return new FrontMatter(fields, start, NextLine(text, end));
            }
            if (line.Trim().Length > 0)
            {
                fields[KeyOf(line, start, fileName, lines)] = ValueOf(text, start + line.IndexOf(':') + 1, end);
            }
            start = NextLine(text, end);
        }
        throw new SmiDocsException(Diagnostic.Error(TemplateDiagnosticCodes.FrontMatterNotClosed, "front matter opened with '---' is never closed", SourceLocation.InFile(fileName, 1, 1)));
    }

    private static string KeyOf(string line, int start, string fileName, LineIndex lines)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0)
        {
            var (at, _) = lines.Locate(start);
            throw new SmiDocsException(Diagnostic.Error(TemplateDiagnosticCodes.FrontMatterMalformedLine, "front matter line must look like 'naam: waarde'", SourceLocation.InFile(fileName, at, 1)));
        }
        return line[..colon].Trim();
    }

    private static FrontMatterField ValueOf(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return new FrontMatterField(text[start..end], start, end);
    }

    /// <summary>The end of the line's content, before "\n" or "\r\n".</summary>
    private static int LineEnd(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        var end = newline < 0 ? text.Length : newline;
        return end > start && text[end - 1] == '\r' ? end - 1 : end;
    }

    private static int NextLine(string text, int lineEnd)
    {
        var newline = text.IndexOf('\n', lineEnd);
        return newline < 0 ? text.Length : newline + 1;
    }
}
