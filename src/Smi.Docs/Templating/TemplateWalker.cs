using Scriban.Syntax;
using Smi.Docs.Diagnostics;

namespace Smi.Docs.Templating;

/// <summary>
/// Walks the statements of a template and of the partials it includes, with the loop variables in reach: raw text,
/// <c>if</c>/<c>else if</c>/<c>else</c>, <c>for x in lijst</c> (with its <c>else</c>), value tags and comments pass;
/// every other statement is refused (<see cref="TemplateSubset"/>). Values and calls go to <see cref="TemplateValues"/>.
/// </summary>
internal sealed class TemplateWalker
{
    private readonly TemplateCheck _check;
    private readonly TemplatePaths _paths;
    private readonly TemplateValues _values;

    public TemplateWalker(TemplateCheck check)
    {
        _check = check;
        _paths = new TemplatePaths(check);
        _values = new TemplateValues(check, _paths, this);
    }

    public void WalkFile(TemplateSource file, TemplateScope scope)
    {
        var outer = _check.File;
        _check.File = file;
        foreach (var error in file.SyntaxErrors)
        {
            _check.Add(error);
        }
        Walk(file.Page.Body, scope);
        _check.File = outer;
    }

    private void Walk(ScriptNode? node, TemplateScope scope)
    {
        switch (node)
        {
            case null or ScriptRawStatement or ScriptEscapeStatement or ScriptEndStatement or ScriptNopStatement:
                break;
            case ScriptBlockStatement block:
                foreach (var statement in block.Statements)
                {
                    Walk(statement, scope);
                }
                break;
            case ScriptExpressionStatement { Expression: { } expression }:
                _values.CheckValue(expression, scope);
                break;
            case ScriptIfStatement branch:
                _values.CheckCondition(branch.Condition, scope);
                Walk(branch.Then, scope);
                Walk(branch.Else, scope);
                break;
            case ScriptElseStatement otherwise:
                Walk(otherwise.Body, scope);
                break;
            case ScriptForStatement loop when loop.GetType() == typeof(ScriptForStatement):
                WalkFor(loop, scope);
                break;
            default:
                _check.NotAllowed(node);
                break;
        }
    }

    private void WalkFor(ScriptForStatement loop, TemplateScope scope)
    {
        // After an error the body is still checked, against an unchecked element, so it reports its own mistakes only.
        var element = typeof(object);
        string? listPath = null;
        if (loop.NamedArguments is { Count: > 0 })
        {
            _check.Error(TemplateDiagnosticCodes.NotAllowed, $"'for' takes no options such as 'limit:' or 'reversed'; {TemplateSubset.Allowed}", loop.NamedArguments[0]);
        }
        if (TemplatePaths.Segments(loop.Iterator) is { } segments)
        {
            var resolved = _paths.Resolve(loop.Iterator!, segments, scope);
            var kind = resolved is null ? ShapeKind.Unknown : ViewModelShape.KindOf(resolved.Type);
            if (kind == ShapeKind.List)
            {
                element = ViewModelShape.ElementType(resolved!.Type)!;
                listPath = resolved.DataPath;
            }
            else if (kind != ShapeKind.Unknown)
            {
                var path = TemplatePaths.Text(segments);
                _check.Error(TemplateDiagnosticCodes.WrongBlockArgument,
                    $"'for … in {path}' needs a list, but '{path}' is {ViewModelShape.Describe(resolved!.Type)}", loop.Iterator!);
            }
        }
        else if (loop.Iterator is not null)
        {
            _check.NotAllowed(loop.Iterator);
        }
        var name = VariableName(loop, scope);
        Walk(loop.Body, name is null ? scope : scope.Enter(name, element, listPath));
        // The else of a for runs when the list is empty, so outside the loop.
        Walk(loop.Else, scope);
    }

    /// <summary>The loop variable's name, or null after refusing it: it may not hide a function, a global or an outer loop variable.</summary>
    private string? VariableName(ScriptForStatement loop, TemplateScope scope)
    {
        if (loop.Variable is not ScriptVariableGlobal { Name: var name })
        {
            _check.NotAllowed(loop.Variable ?? (ScriptNode)loop);
            return null;
        }
        var hidden = TemplateValues.IsFunction(name) || TemplateSubset.BuiltinNames.Contains(name) || name == TemplatePaths.LoopObject ? "a function"
            : ViewModelShape.FindProperty(_check.ViewModelType, name) is not null ? "a field of the view model"
            : scope.Find(name) is not null ? "the variable of an outer loop"
            : null;
        if (hidden is null)
        {
            return name;
        }
        _check.Error(TemplateDiagnosticCodes.NotAllowed, $"the loop variable '{name}' has the name of {hidden}; choose another name", loop.Variable);
        return null;
    }

    /// <summary>Walks an included partial once per check, from the globals only, and refuses a partial that includes itself.</summary>
    public void WalkPartial(ScriptNode include, string name)
    {
        if (!_check.Partials.TryGetValue(name, out var partial))
        {
            _check.Error(TemplateDiagnosticCodes.MissingPartial, $"partial '{name}' does not exist", include);
            return;
        }
        if (_check.PartialChain.Contains(name))
        {
            _check.Error(TemplateDiagnosticCodes.PartialRecursion,
                $"partial '{name}' includes itself ({string.Join(" > ", _check.PartialChain.Append(name))})", include);
            return;
        }
        if (!_check.PartialsWalked.Add(name))
        {
            return;
        }
        _check.PartialChain.Add(name);
        WalkFile(partial, TemplateScope.Globals);
        _check.PartialChain.RemoveAt(_check.PartialChain.Count - 1);
    }
}
