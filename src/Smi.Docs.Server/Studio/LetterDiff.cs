using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Smi.Docs.Localization;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// The difference between two renderings of a letter as a person reads it: the text of each block (paragraph, heading,
/// list item, table cell) one line, compared with the core's <see cref="LineDiff"/>; where lines were replaced one for
/// one, their words are compared with the same differ. Removed text is a <c>&lt;del&gt;</c>, added text an
/// <c>&lt;ins&gt;</c> with a hidden word for screen readers, so the change never shows by colour alone.
/// </summary>
internal static partial class LetterDiff
{
    /// <summary>Unchanged lines shown around a change; longer unchanged runs fold to "…".</summary>
    private const int Context = 1;

    /// <summary>The letter's text, one line per block, without the head (style, title) and markup.</summary>
    public static IReadOnlyList<string> Lines(string html)
    {
        var start = html.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var body = start < 0 ? html : html[start..];
        body = ScriptOrStyle().Replace(body, "");
        body = BlockEnd().Replace(body, "\n");
        body = Tag().Replace(body, "");
        return WebUtility.HtmlDecode(body).Split('\n')
            .Select(line => Space().Replace(line, " ").Trim())
            .Where(line => line.Length > 0)
            .ToList();
    }

    public static bool Same(IReadOnlyList<string> before, IReadOnlyList<string> after) => before.SequenceEqual(after, StringComparer.Ordinal);

    /// <summary>The changed lines with <see cref="Context"/> lines around them, as HTML.</summary>
    public static string Html(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var diff = LineDiff.Compare(before, after);
        var shown = new bool[diff.Count];
        for (var i = 0; i < diff.Count; i++)
        {
            if (diff[i].Kind != DiffKind.Same)
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(diff.Count - 1, i + Context); j++)
                {
                    shown[j] = true;
                }
            }
        }
        var html = new StringBuilder("<div class=\"studio-diff\">");
        for (var i = 0; i < diff.Count;)
        {
            if (!shown[i])
            {
                html.Append("<p class=\"utrecht-paragraph studio-diff-fold\">…</p>");
                while (i < diff.Count && !shown[i])
                {
                    i++;
                }
                continue;
            }
            if (diff[i].Kind == DiffKind.Same)
            {
                html.Append($"<p class=\"utrecht-paragraph\">{Encode(diff[i].Text)}</p>");
                i++;
                continue;
            }
            var removed = diff.Skip(i).TakeWhile(d => d.Kind == DiffKind.Removed).Select(d => d.Text).ToList();
            var added = diff.Skip(i + removed.Count).TakeWhile(d => d.Kind == DiffKind.Added).Select(d => d.Text).ToList();
            // Replaced lines pair up in order and show their changed words; the lines left over are wholly gone or new.
            var paired = Math.Min(removed.Count, added.Count);
            html.Append(string.Concat(removed.Zip(added, (r, a) => $"<p class=\"utrecht-paragraph\">{Words(r, a)}</p>")))
                .Append(string.Concat(removed.Skip(paired).Select(r => $"<p class=\"utrecht-paragraph\">{Removed(r)}</p>")))
                .Append(string.Concat(added.Skip(paired).Select(a => $"<p class=\"utrecht-paragraph\">{Added(a)}</p>")));
            i += removed.Count + added.Count;
        }
        return html.Append("</div>").ToString();
    }

    /// <summary>One replaced line, word by word.</summary>
    private static string Words(string before, string after)
    {
        var html = new StringBuilder();
        var diff = LineDiff.Compare(before.Split(' '), after.Split(' '));
        for (var i = 0; i < diff.Count;)
        {
            var kind = diff[i].Kind;
            var run = string.Join(' ', diff.Skip(i).TakeWhile(d => d.Kind == kind).Select(d => d.Text));
            i += diff.Skip(i).TakeWhile(d => d.Kind == kind).Count();
            html.Append(html.Length == 0 ? "" : " ").Append(kind switch
            {
                DiffKind.Removed => Removed(run),
                DiffKind.Added => Added(run),
                _ => Encode(run),
            });
        }
        return html.ToString();
    }

    private static string Removed(string text) => $"<del><span class=\"studio-visually-hidden\">weg: </span>{Encode(text)}</del>";

    private static string Added(string text) => $"<ins><span class=\"studio-visually-hidden\">nieuw: </span>{Encode(text)}</ins>";

    [GeneratedRegex("<(script|style)\\b[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex("<br\\s*/?>|</(p|h[1-6]|li|tr|td|th|div|dt|dd|caption|section|header|footer|table|address)>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Space();
}
