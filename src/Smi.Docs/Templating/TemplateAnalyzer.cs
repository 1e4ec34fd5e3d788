using Smi.Docs.Diagnostics;

namespace Smi.Docs.Templating;

/// <summary>
/// Walks a parsed template with the view-model type in hand: checks every path in its scope, follows
/// partials into the scope where they are used, and collects the data paths the template reads.
/// One instance per check; not thread-safe.
/// </summary>
internal sealed class TemplateAnalyzer(IReadOnlySet<string> helpers, IReadOnlyDictionary<string, TemplateSource> partials)
{
    private readonly Dictionary<string, IReadOnlyList<TemplateNode>> _parsedPartials = [];
    private readonly Stack<string> _partialsInUse = [];
    private readonly SortedSet<string> _dataPaths = new(StringComparer.Ordinal);

    public DiagnosticBag Diagnostics { get; } = new();

    public IReadOnlyCollection<string> DataPaths => _dataPaths;

    public void Analyze(string text, string file, Type viewModelType) =>
        Walk(TemplateParser.Parse(text, file, helpers, Diagnostics), file, TemplateScope.Root(viewModelType));

    private void Walk(IReadOnlyList<TemplateNode> nodes, string file, TemplateScope scope)
    {
        foreach (var node in nodes)
        {
            switch (node)
            {
                case ValueNode value:
                    CheckValue(value.Tag, file, scope);
                    break;
                case BlockNode block:
                    WalkBlock(block, file, scope);
                    break;
                case PartialNode partial:
                    WalkPartial(partial.Tag, file, scope);
                    break;
            }
        }
    }

    private void CheckValue(TemplateTag tag, string file, TemplateScope scope)
    {
        foreach (var argument in tag.Arguments.Where(a => !a.IsLiteral))
        {
            var resolved = Resolve(argument.Text, tag, file, scope);
            // A helper may format a whole record (a name, an address); a bare placeholder may not.
            if (resolved is not null && !tag.IsHelperCall && ViewModelShape.KindOf(resolved.Type) is ShapeKind.Record or ShapeKind.List)
            {
                Error(TemplateDiagnosticCodes.NotAValue, file, tag,
                    $"'{{{{{argument.Text}}}}}' is {ViewModelShape.Describe(resolved.Type)}, not a value; name one of its fields or use a block");
            }
        }
    }

    private void WalkBlock(BlockNode block, string file, TemplateScope scope)
    {
        var tag = block.Tag;
        var argument = tag.Arguments[0].Text;
        var resolved = Resolve(argument, tag, file, scope);
        var inner = scope;
        if (tag.Name is "each" or "with")
        {
            // After an error the body is still checked, against an unchecked scope, so it reports its own mistakes only.
            inner = scope.Enter(typeof(object), "", tag.Name == "each");
            var kind = resolved is null ? ShapeKind.Unknown : ViewModelShape.KindOf(resolved.Type);
            if (tag.Name == "each" && kind == ShapeKind.List)
            {
                inner = scope.Enter(ViewModelShape.ElementType(resolved!.Type)!, $"{resolved.DataPath}[]", isEach: true);
            }
            else if (tag.Name == "with" && kind == ShapeKind.Record)
            {
                inner = scope.Enter(resolved!.Type, resolved.DataPath ?? "", isEach: false);
            }
            else if (kind is not ShapeKind.Unknown)
            {
                var wanted = tag.Name == "each" ? "a list" : "a record";
                Error(TemplateDiagnosticCodes.WrongBlockArgument, file, tag,
                    $"'{{{{#{tag.Name} {argument}}}}}' needs {wanted}, but '{argument}' is {ViewModelShape.Describe(resolved!.Type)}");
            }
        }
        Walk(block.Body, file, inner);
        // {{else}} of #each and #with runs when there is nothing to enter, so in the outer scope.
        Walk(block.Inverse, file, scope);
    }

    private void WalkPartial(TemplateTag tag, string file, TemplateScope scope)
    {
        if (!partials.TryGetValue(tag.Name, out var source))
        {
            Error(TemplateDiagnosticCodes.MissingPartial, file, tag, $"partial '{tag.Name}' does not exist");
            return;
        }
        if (_partialsInUse.Contains(tag.Name))
        {
            Error(TemplateDiagnosticCodes.PartialRecursion, file, tag,
                $"partial '{tag.Name}' includes itself ({string.Join(" > ", _partialsInUse.Reverse().Append(tag.Name))})");
            return;
        }
        if (!_parsedPartials.TryGetValue(tag.Name, out var nodes))
        {
            nodes = TemplateParser.Parse(source.Text, source.FileName, helpers, Diagnostics);
            _parsedPartials[tag.Name] = nodes;
        }
        _partialsInUse.Push(tag.Name);
        Walk(nodes, source.FileName, scope);
        _partialsInUse.Pop();
    }

    private ResolvedPath? Resolve(string path, TemplateTag tag, string file, TemplateScope scope)
    {
        var resolved = PathResolver.Resolve(path, scope, out var error);
        if (error is { } e)
        {
            Error(e.Code, file, tag, e.Message);
        }
        if (resolved?.DataPath is { Length: > 0 } dataPath)
        {
            _dataPaths.Add(dataPath);
        }
        return resolved;
    }

    private void Error(string code, string file, TemplateTag tag, string message) =>
        Diagnostics.Error(code, message, SourceLocation.InFile(file, tag.Line, tag.Column));
}
