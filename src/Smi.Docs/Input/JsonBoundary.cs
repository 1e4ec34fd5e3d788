using System.Text;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Input;

/// <summary>
/// What JSON text must be before it is parsed: within the size budget, valid Unicode (a lone surrogate cannot be
/// turned into UTF-8 and would throw out of the parser) and nested no deeper than <see cref="InputLimits.MaxDepth"/>.
/// </summary>
internal static class JsonBoundary
{
    /// <summary>The text as UTF-8 to parse, or null after reporting why it may not be parsed.</summary>
    public static byte[]? Check(string json, InputContext context)
    {
        var (limits, codes) = context.Boundary ?? throw new InvalidOperationException("JSON input needs limits");
        if (json.Length > limits.MaxFileBytes)
        {
            context.Diagnostics.Error(codes.FileTooLarge, $"the case is larger than {limits.MaxFileBytes / 1024} KiB; expected a smaller case", new SourceLocation(context.File));
            return null;
        }
        byte[] utf8;
        try
        {
            utf8 = InputFile.StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException e)
        {
            var at = Math.Clamp(e.Index, 0, json.Length);
            context.Diagnostics.Error(codes.NotUnicode, "the text holds a surrogate without its pair; expected valid Unicode", At(json, at, context));
            return null;
        }
        if (utf8.Length > limits.MaxFileBytes)
        {
            context.Diagnostics.Error(codes.FileTooLarge, $"the case is larger than {limits.MaxFileBytes / 1024} KiB; expected a smaller case", new SourceLocation(context.File));
            return null;
        }
        if (TooDeepAt(json, limits.MaxDepth) is { } deep)
        {
            context.Diagnostics.Error(codes.TooDeep, $"objects and lists are nested more than {limits.MaxDepth} deep here; expected the shape of the schema", At(json, deep, context));
            return null;
        }
        return utf8;
    }

    /// <summary>Where the nesting first goes deeper than <paramref name="maxDepth"/>, outside strings; null when it never does.</summary>
    private static int? TooDeepAt(string json, int maxDepth)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '[' or '{' when ++depth > maxDepth:
                    return i;
                case ']' or '}':
                    depth--;
                    break;
            }
        }
        return null;
    }

    private static SourceLocation At(string json, int index, InputContext context)
    {
        var before = json.AsSpan(0, index);
        var line = before.Count('\n') + 1;
        var column = index - (before.LastIndexOf('\n') + 1) + 1;
        return context.At("", line, column);
    }
}
