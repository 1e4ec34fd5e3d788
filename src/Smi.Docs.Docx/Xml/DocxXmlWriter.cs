using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace Smi.Docs.Docx.Xml;

/// <summary>
/// Writes a part's XML straight as UTF-8, byte for byte as the Open XML SDK saved it through XmlWriter (issue 15): the
/// declaration first, no byte order mark, <c> /&gt;</c> for an empty element, and XmlWriter's escaping and newline
/// handling. Building SDK elements and letting them save cost two thirds of a letter's DOCX time. One writer per
/// thread, reused part after part; <see cref="Written"/> is valid until the thread's next part.
/// </summary>
internal sealed class DocxXmlWriter
{
    private const int KeptCapacity = 1024 * 1024;

    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("<>&\r\n");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("<>&\"\t\r\n");

    /// <summary>XmlWriter's default NewLineHandling.Replace writes every line end in text as the platform's.</summary>
    private static readonly byte[] NewLine = Encoding.UTF8.GetBytes(Environment.NewLine);

    [ThreadStatic]
    private static DocxXmlWriter? current;

    private byte[] buffer = new byte[64 * 1024];
    private int length;

    private DocxXmlWriter()
    {
    }

    /// <summary>The XML declaration the SDK writes before a part's root element.</summary>
    public static ReadOnlySpan<byte> Declaration => "<?xml version=\"1.0\" encoding=\"utf-8\"?>"u8;

    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>The part <paramref name="root"/> is the root element of, in this thread's buffer.</summary>
    public static ReadOnlySpan<byte> Part(DocxElement root)
    {
        var writer = Start(Declaration);
        root.WriteTo(writer);
        return writer.Written;
    }

    /// <summary>This thread's writer, emptied, with <paramref name="prolog"/> written: the start of the next part.</summary>
    public static DocxXmlWriter Start(ReadOnlySpan<byte> prolog)
    {
        var writer = current ??= new DocxXmlWriter();
        if (writer.buffer.Length > KeptCapacity)
        {
            // A buffer grown by an unusually long document is not kept for the thread's lifetime.
            writer.buffer = new byte[64 * 1024];
        }
        writer.length = 0;
        writer.Raw(prolog);
        return writer;
    }

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        length += bytes.Length;
    }

    /// <summary>An element or attribute name; ours are all ASCII.</summary>
    public void Name(string name) => Utf8(name);

    public void Number(int value)
    {
        Utf8Formatter.TryFormat(value, Reserve(11), out var written);
        length += written;
    }

    /// <summary>` name="value"`, the value escaped.</summary>
    public void Attribute(ReadOnlySpan<byte> name, string value)
    {
        Raw(" "u8);
        Raw(name);
        Raw("=\""u8);
        AttributeValue(value);
        Raw("\""u8);
    }

    public void Attribute(string name, string value)
    {
        Raw(" "u8);
        Name(name);
        Raw("=\""u8);
        AttributeValue(value);
        Raw("\""u8);
    }

    /// <summary>Element text as XmlWriter escapes it: &lt; &gt; &amp;, and \r\n, \r and \n as one platform newline.</summary>
    public void Text(string text)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var special = rest.IndexOfAny(TextSpecials);
            if (special < 0)
            {
                Utf8(rest);
                return;
            }
            Utf8(rest[..special]);
            var c = rest[special];
            rest = rest[(special + 1)..];
            switch (c)
            {
                case '<':
                    Raw("&lt;"u8);
                    break;
                case '>':
                    Raw("&gt;"u8);
                    break;
                case '&':
                    Raw("&amp;"u8);
                    break;
                default:
                    Raw(NewLine);
                    if (c == '\r' && rest.Length > 0 && rest[0] == '\n')
                    {
                        rest = rest[1..];
                    }
                    break;
            }
        }
    }

    /// <summary>An attribute value as XmlWriter escapes it: also the quote, and tab and line ends as character references.</summary>
    public void AttributeValue(string value)
    {
        var rest = value.AsSpan();
        while (true)
        {
            var special = rest.IndexOfAny(AttributeSpecials);
            if (special < 0)
            {
                Utf8(rest);
                return;
            }
            Utf8(rest[..special]);
            Raw(rest[special] switch
            {
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '&' => "&amp;"u8,
                '"' => "&quot;"u8,
                '\t' => "&#x9;"u8,
                '\r' => "&#xD;"u8,
                _ => "&#xA;"u8,
            });
            rest = rest[(special + 1)..];
        }
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }
        length += Encoding.UTF8.GetBytes(text, Reserve(Encoding.UTF8.GetMaxByteCount(text.Length)));
    }

    private Span<byte> Reserve(int count)
    {
        if (buffer.Length - length < count)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + count));
        }
        return buffer.AsSpan(length);
    }
}
