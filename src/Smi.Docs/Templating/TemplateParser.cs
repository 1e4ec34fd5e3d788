using Smi.Docs.Diagnostics;

namespace Smi.Docs.Templating;

/// <summary>
/// Builds the block tree from the tags of one file and reports structural errors. It recovers after
/// each error so that one run shows every problem in the file, not just the first.
/// </summary>
internal static class TemplateParser
{
    public static IReadOnlyList<TemplateNode> Parse(string text, string file, IReadOnlySet<string> helpers, DiagnosticBag bag)
    {
        var parser = new TagParser(file, helpers, bag);
        var root = new OpenBlock(null);
        var open = new Stack<OpenBlock>();
        open.Push(root);
        foreach (var raw in TemplateTokenizer.Tokenize(text, file, bag))
        {
            var tag = parser.Parse(raw);
            if (tag is null)
            {
                continue;
            }
            var current = open.Peek();
            switch (tag.Kind)
            {
                case TagKind.Value:
                    current.Add(new ValueNode(tag));
                    break;
                case TagKind.Partial:
                    current.Add(new PartialNode(tag));
                    break;
                case TagKind.BlockOpen:
                    open.Push(new OpenBlock(tag));
                    break;
                case TagKind.Else:
                    OnElse(current, tag, file, bag);
                    break;
                case TagKind.BlockClose:
                    OnClose(open, tag, file, bag);
                    break;
            }
        }
        while (open.Count > 1)
        {
            var unclosed = open.Pop();
            var tag = unclosed.Tag!;
            Error(bag, TemplateDiagnosticCodes.BlockNotClosed, file, tag, $"'{{{{#{tag.Name}}}}}' is never closed with '{{{{/{tag.Name}}}}}'");
            open.Peek().Add(unclosed.ToNode());
        }
        return root.Body;
    }

    private static void OnElse(OpenBlock current, TemplateTag tag, string file, DiagnosticBag bag)
    {
        if (current.Tag is null)
        {
            Error(bag, TemplateDiagnosticCodes.MisplacedElse, file, tag, "'{{else}}' outside a block");
        }
        else if (current.Inverse is not null)
        {
            Error(bag, TemplateDiagnosticCodes.MisplacedElse, file, tag, $"second '{{{{else}}}}' in '{{{{#{current.Tag.Name}}}}}'");
        }
        else
        {
            current.Inverse = [];
        }
    }

    private static void OnClose(Stack<OpenBlock> open, TemplateTag tag, string file, DiagnosticBag bag)
    {
        var current = open.Peek();
        if (current.Tag is null)
        {
            Error(bag, TemplateDiagnosticCodes.CloseWithoutOpen, file, tag, $"'{{{{/{tag.Name}}}}}' without a matching '{{{{#{tag.Name}}}}}'");
            return;
        }
        if (current.Tag.Name != tag.Name)
        {
            // Treat it as closing the innermost block anyway: one typo should give one error, not a cascade.
            Error(bag, TemplateDiagnosticCodes.MismatchedClose, file, tag,
                $"'{{{{/{tag.Name}}}}}' closes '{{{{#{current.Tag.Name}}}}}' opened at ({current.Tag.Line},{current.Tag.Column}); write '{{{{/{current.Tag.Name}}}}}'");
        }
        open.Pop();
        open.Peek().Add(current.ToNode());
    }

    private static void Error(DiagnosticBag bag, string code, string file, TemplateTag tag, string message) =>
        bag.Error(code, message, SourceLocation.InFile(file, tag.Line, tag.Column));

    private sealed class OpenBlock(TemplateTag? tag)
    {
        public TemplateTag? Tag { get; } = tag;

        public List<TemplateNode> Body { get; } = [];

        public List<TemplateNode>? Inverse { get; set; }

        public void Add(TemplateNode node) => (Inverse ?? Body).Add(node);

        public BlockNode ToNode() => new(Tag!, Body, Inverse ?? []);
    }
}
