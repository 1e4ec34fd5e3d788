using System.Text.RegularExpressions;

namespace Smi.Docs.Templating;

/// <summary>A path that resolved: its type and its absolute data path (null for <c>@index</c> and friends).</summary>
internal sealed record ResolvedPath(Type Type, string? DataPath);

/// <summary>
/// Resolves a template path (<c>aanvrager.achternaam</c>, <c>this</c>, <c>../titel</c>, <c>@index</c>)
/// segment by segment against the view-model type of the current scope.
/// </summary>
internal static partial class PathResolver
{
    /// <param name="error">(code, message) when the path does not resolve.</param>
    public static ResolvedPath? Resolve(string path, TemplateScope scope, out (string Code, string Message)? error)
    {
        error = null;
        if (path.StartsWith('@'))
        {
            return ResolveData(path, scope, out error);
        }
        var rest = path;
        while (rest.StartsWith("../", StringComparison.Ordinal))
        {
            if (scope.Parent is null)
            {
                error = (TemplateDiagnosticCodes.UnknownPath, $"'{path}' goes above the top of the view model");
                return null;
            }
            scope = scope.Parent;
            rest = rest[3..];
        }
        if (rest == "this" || rest == ".")
        {
            return new ResolvedPath(scope.Type, scope.Path);
        }
        if (rest.StartsWith("this.", StringComparison.Ordinal) || rest.StartsWith("./", StringComparison.Ordinal))
        {
            rest = rest[(rest[0] == 't' ? 5 : 2)..];
        }
        var segments = rest.Split('.');
        if (segments.Any(s => !Identifier().IsMatch(s)))
        {
            error = (TemplateDiagnosticCodes.UnsupportedSyntax,
                $"'{path}' is not a path we support; write names separated by dots, as in 'aanvrager.achternaam'");
            return null;
        }
        return Walk(path, segments, scope, out error);
    }

    private static ResolvedPath? Walk(string path, string[] segments, TemplateScope scope, out (string, string)? error)
    {
        error = null;
        var type = scope.Type;
        var dataPath = scope.Path;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var kind = ViewModelShape.KindOf(type);
            if (kind == ShapeKind.Unknown)
            {
                return new ResolvedPath(typeof(object), null);
            }
            var at = i == 0 ? "this scope" : $"'{string.Join('.', segments[..i])}'";
            if (kind != ShapeKind.Record)
            {
                var hint = kind == ShapeKind.List ? "; use '{{#each}}' to go through it" : "";
                error = (TemplateDiagnosticCodes.PathIntoValue, $"'{path}': {at} is {ViewModelShape.Describe(type)} and has no field '{segment}'{hint}");
                return null;
            }
            var property = ViewModelShape.FindProperty(type, segment);
            if (property is null)
            {
                var lookalike = ViewModelShape.FindLookalike(type, segment);
                var hint = lookalike is null ? "" : $"; did you mean '{ViewModelShape.TemplateName(lookalike)}'?";
                error = (TemplateDiagnosticCodes.UnknownPath, $"'{path}': {at} ({Nice(type)}) has no field '{segment}'{hint}");
                return null;
            }
            type = property.PropertyType;
            dataPath = dataPath.Length == 0 ? segment : $"{dataPath}.{segment}";
        }
        return new ResolvedPath(type, dataPath);
    }

    private static ResolvedPath? ResolveData(string path, TemplateScope scope, out (string, string)? error)
    {
        error = null;
        if (path is not ("@index" or "@first" or "@last"))
        {
            error = (TemplateDiagnosticCodes.UnsupportedSyntax, $"'{path}' is not supported; inside '{{{{#each}}}}' use @index, @first or @last");
            return null;
        }
        if (!scope.InEach)
        {
            error = (TemplateDiagnosticCodes.UnknownPath, $"'{path}' only exists inside '{{{{#each}}}}'");
            return null;
        }
        return new ResolvedPath(path == "@index" ? typeof(int) : typeof(bool), null);
    }

    private static string Nice(Type type) => (Nullable.GetUnderlyingType(type) ?? type).Name;

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
