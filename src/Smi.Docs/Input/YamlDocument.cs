using Smi.Docs.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Smi.Docs.Input;

/// <summary>Parses one YAML document (a profile, a catalogue) and reports why there is none with the shared codes.</summary>
internal static class YamlDocument
{
    /// <summary>The root node of the single YAML document, or null after reporting why there is none.</summary>
    public static YamlNode? Parse(string yaml, InputContext context, string what)
    {
        var parser = new Parser(new StringReader(yaml));
        var stream = new YamlStream();
        try
        {
            if (context.Boundary is (_, { } codes) && FirstAlias(yaml) is { } alias)
            {
                // An alias repeats a node: ten aliases of ten aliases make a 100 KB file a letter of gigabytes.
                context.Diagnostics.Error(codes.TooDeep, "YAML aliases (*name) are not allowed here; expected every value written out", At(context, alias.Start));
                return null;
            }
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            // YamlDotNet reports a repeated key while building the mapping; give it the shared code.
            var problem = e.Message.StartsWith("Duplicate key", StringComparison.Ordinal) ? InputProblem.DuplicateKey : InputProblem.Malformed;
            context.Report(problem, At(context, e.Start), problem == InputProblem.DuplicateKey
                ? "a key appears more than once in this mapping"
                : $"malformed YAML: {e.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet 16.3 throws this from its scanner on some broken flow collections ("a: [1, 2").
            context.Report(InputProblem.Malformed, parser.Current is { } near ? At(context, near.Start) : context.At("", 1, 1),
                "malformed YAML: an unclosed or broken flow collection ([ ] or { })");
            return null;
        }
        if (stream.Documents.Count != 1)
        {
            context.Report(InputProblem.Malformed, stream.Documents.Count == 0 ? context.At("", 1, 1) : At(context, stream.Documents[1].RootNode.Start),
                stream.Documents.Count == 0 ? $"{what} is empty" : "expected one YAML document, found several");
            return null;
        }
        return stream.Documents[0].RootNode;
    }

    private static AnchorAlias? FirstAlias(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                if (parser.Current is AnchorAlias alias)
                {
                    return alias;
                }
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException)
        {
            // Broken YAML before any alias: loading it reports where, with the shared code.
        }
        return null;
    }

    private static SourceLocation At(InputContext context, Mark mark) =>
        context.At("", checked((int)mark.Line), checked((int)mark.Column));
}
