using System.Text;
using HandlebarsDotNet;

namespace Smi.Docs.Templating;

/// <summary>
/// Handlebars encoder for Markdown output: every value written through <c>{{…}}</c> passes
/// <see cref="MarkdownEscaper"/>, so case data can never add Markdown, HTML or template syntax.
/// In a right-to-left letter every value is also wrapped in a first-strong isolate (U+2068 … U+2069, UAX #9): a Dutch
/// sentence from the case, a name or "1,234.56 €" then keeps its own direction and punctuation inside Arabic text.
/// </summary>
internal sealed class MarkdownTextEncoder(bool isolateValues = false) : ITextEncoder
{
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        if (string.IsNullOrEmpty(text))
        {
            return;
        }
        Write(MarkdownEscaper.Escape(text), target);
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        if (text is null)
        {
            return;
        }
        var buffer = new StringBuilder();
        while (text.MoveNext())
        {
            MarkdownEscaper.AppendEscaped(buffer, text.Current);
        }
        if (buffer.Length > 0)
        {
            Write(buffer.ToString(), target);
        }
    }

    private void Write(string escaped, TextWriter target) =>
        target.Write(isolateValues ? FirstStrongIsolate + escaped + PopDirectionalIsolate : escaped);
}
