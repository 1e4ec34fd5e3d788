using System.Text.RegularExpressions;
using Smi.Docs.Formatting;

namespace Smi.Docs.PlainLanguage;

/// <summary>
/// The fixed texts (<c>templates/teksten.yaml</c>) as the plain-language check reads a template: each text on its own
/// line, so a finding points at its line in the YAML, keys and comments blanked. A <c>{naam}</c> (<see cref="TextPlaceholders"/>)
/// becomes the neutral word of a value (<see cref="TemplateMask.PlaceholderWord"/>), as a value tag of a template does.
/// A text without a full stop (a label such as "Ons kenmerk") is closed with one, so it counts as a sentence of its own
/// instead of running into the next.
/// </summary>
public static partial class FixedTextsProse
{
    public static string AsTemplate(string yaml) =>
        string.Join('\n', yaml.ReplaceLineEndings("\n").Split('\n').Select(Line));

    private static string Line(string line)
    {
        var text = TextLine().Match(line);
        if (!text.Success)
        {
            return "";
        }
        var value = TextPlaceholders.Replace(text.Groups[1].Value.Trim().Trim('"'), _ => TemplateMask.PlaceholderWord);
        return value.Length == 0 || value[^1] is '.' or '?' or '!' or ':' ? value : value + ".";
    }

    [GeneratedRegex(@"^\s+[A-Za-z]+:\s+(\S.*)$")]
    private static partial Regex TextLine();
}
