using Markdig.Syntax.Inlines;

namespace Smi.Docs.Documents;

/// <summary>
/// Text that keeps its own direction inside the letter's (a first-strong isolate, UAX #9): a Dutch name, "1,234.56 €"
/// or a date inside Arabic. The template runtime marks each value of a right-to-left letter with
/// <see cref="Open"/> … <see cref="Close"/>; <see cref="SmiMarkdown.Pipeline"/> turns each pair into this node, so
/// renderers see the isolate and never the control characters (HTML writes bdi, DOCX the characters Word reads).
/// </summary>
public sealed class DirectionIsolate : ContainerInline
{
    /// <summary>U+2068 FIRST STRONG ISOLATE.</summary>
    public const char Open = '\u2068';

    /// <summary>U+2069 POP DIRECTIONAL ISOLATE.</summary>
    public const char Close = '\u2069';

    /// <summary><paramref name="text"/> between the two marks, as plain text formats (DOCX runs) carry an isolate.</summary>
    public static string Mark(string text) => Open + text + Close;

    /// <summary>
    /// Whether the frame isolates a value (<see cref="FrameField.Value"/>, <see cref="ContactLine.Value"/>): in a
    /// right-to-left letter, as the template runtime isolates the values of its body, when there is text to isolate.
    /// </summary>
    public static bool AppliesToFrameValue(TextDirection direction, string value) =>
        direction == TextDirection.RightToLeft && value.Length > 0;
}
