using System.Text;
using HandlebarsDotNet;

namespace Smi.Docs.Templating;

/// <summary>
/// Handlebars encoder for Markdown output: every value written through <c>{{…}}</c> passes
/// <see cref="MarkdownEscaper"/>, so case data can never add Markdown, HTML or template syntax.
/// </summary>
internal sealed class MarkdownTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => Encode(text?.ToString(), target);

    public void Encode(string? text, TextWriter target)
    {
        if (text is not null)
        {
            target.Write(MarkdownEscaper.Escape(text));
        }
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
        target.Write(buffer.ToString());
    }
}
