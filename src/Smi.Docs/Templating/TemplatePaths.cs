using Scriban.Syntax;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Templating;

/// <summary>
/// Resolves a path (<c>aanvrager.achternaam</c>, <c>kind.opvang.soort</c>, <c>for.index</c>) segment by segment against
/// the view-model type, through <see cref="ViewModelShape"/> like the runtime, and records the data path it reads.
/// </summary>
internal sealed class TemplatePaths(TemplateCheck check)
{
    /// <summary>Scriban's loop object; inside a loop these are the only members templates use.</summary>
    public const string LoopObject = "for";

    private static readonly Dictionary<string, Type> LoopMembers = new(StringComparer.Ordinal)
    {
        ["index"] = typeof(int), ["first"] = typeof(bool), ["last"] = typeof(bool),
    };

    /// <summary>The names of a path (<c>a.b.c</c> → a, b, c), or null when the expression is something else.</summary>
    public static IReadOnlyList<ScriptVariable>? Segments(ScriptExpression? expression) => expression switch
    {
        ScriptVariableGlobal variable => [variable],
        ScriptMemberExpression { Target: var target, Member: ScriptVariableGlobal member } when Segments(target) is { } head => [.. head, member],
        _ => null,
    };

    public static string Text(IReadOnlyList<ScriptVariable> segments) => string.Join('.', segments.Select(s => s.Name));

    /// <summary>The path's type and data path, or null after reporting why it does not resolve.</summary>
    public ResolvedPath? Resolve(ScriptExpression node, IReadOnlyList<ScriptVariable> segments, TemplateScope scope)
    {
        var path = Text(segments);
        var first = segments[0].Name;
        if (scope.Find(first) is { } loop)
        {
            return Walk(node, path, segments, 1, new ResolvedPath(loop.ElementType, loop.ListPath is null ? null : loop.ListPath + "[]"));
        }
        if (first == LoopObject)
        {
            return LoopMember(node, path, segments, scope);
        }
        if (TemplateSubset.BuiltinNames.Contains(first) && ViewModelShape.FindProperty(check.ViewModelType, first) is null)
        {
            check.Error(TemplateDiagnosticCodes.UnknownFunction, $"'{path}': {TemplateSubset.BuiltinsUnavailable}", node);
            return null;
        }
        return Walk(node, path, segments, 0, new ResolvedPath(check.ViewModelType, ""));
    }

    private ResolvedPath? LoopMember(ScriptExpression node, string path, IReadOnlyList<ScriptVariable> segments, TemplateScope scope)
    {
        if (!scope.InLoop)
        {
            check.Error(TemplateDiagnosticCodes.UnknownPath, $"'{path}' only exists inside a 'for' loop", node);
            return null;
        }
        if (segments.Count < 2 || !LoopMembers.TryGetValue(segments[1].Name, out var type))
        {
            check.Error(TemplateDiagnosticCodes.UnknownPath, $"'{path}': inside a 'for' loop use for.index, for.first or for.last", node);
            return null;
        }
        return Walk(node, path, segments, 2, new ResolvedPath(type, null));
    }

    private ResolvedPath? Walk(ScriptExpression node, string path, IReadOnlyList<ScriptVariable> segments, int from, ResolvedPath start)
    {
        var (type, dataPath) = start;
        for (var i = from; i < segments.Count; i++)
        {
            var segment = segments[i].Name;
            var kind = ViewModelShape.KindOf(type);
            if (kind == ShapeKind.Unknown)
            {
                return new ResolvedPath(typeof(object), null);
            }
            var at = i == 0 ? $"the view model ({Nice(type)})" : $"'{string.Join('.', segments.Take(i).Select(s => s.Name))}'";
            if (kind != ShapeKind.Record)
            {
                var hint = kind == ShapeKind.List ? "; use 'for x in …' to go through it" : "";
                check.Error(TemplateDiagnosticCodes.PathIntoValue, $"'{path}': {at} is {ViewModelShape.Describe(type)} and has no field '{segment}'{hint}", node);
                return null;
            }
            var property = ViewModelShape.FindProperty(type, segment);
            if (property is null)
            {
                var lookalike = ViewModelShape.FindLookalike(type, segment);
                var hint = lookalike is null ? "" : $"; did you mean '{ViewModelShape.TemplateName(lookalike)}'?";
                var record = i == 0 ? at : $"{at} ({Nice(type)})";
                check.Error(TemplateDiagnosticCodes.UnknownPath, $"'{path}': {record} has no field '{segment}'{hint}", node);
                return null;
            }
            type = property.PropertyType;
            dataPath = dataPath is null ? null : dataPath.Length == 0 ? segment : $"{dataPath}.{segment}";
        }
        if (dataPath is { Length: > 0 })
        {
            check.DataPaths.Add(dataPath);
        }
        return new ResolvedPath(type, dataPath);
    }

    private static string Nice(Type type) => (Nullable.GetUnderlyingType(type) ?? type).Name;
}
