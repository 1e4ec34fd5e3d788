using Scriban.Syntax;
using Smi.Docs.Diagnostics;
using Smi.Docs.Formatting;

namespace Smi.Docs.Templating;

/// <summary>
/// Checks what a tag prints and what an <c>if</c> tests. A tag prints a path to a value or calls one of our functions
/// (<c>{{ datum brief.aanvraagdatum }}</c>) with paths and literals; a condition is a path, combined with !, && and ||.
/// </summary>
internal sealed class TemplateValues(TemplateCheck check, TemplatePaths paths, TemplateWalker walker)
{
    private static readonly string FunctionList = string.Join(", ", TemplateFunctions.FormattingNames.Append(TemplateFunctions.Include).Order(StringComparer.Ordinal));

    public static bool IsFunction(string name) => name == TemplateFunctions.Include || TemplateFunctions.FormattingNames.Contains(name);

    public void CheckValue(ScriptExpression expression, TemplateScope scope)
    {
        switch (expression)
        {
            case ScriptFunctionCall { ExplicitCall: false, Target: ScriptVariableGlobal { Name: var name } } call:
                CheckCall(call, name, call.Arguments, scope);
                break;
            case ScriptFunctionCall { ExplicitCall: false, Target: var target } call when TemplatePaths.Segments(target) is { } segments:
                UnknownFunction(call, TemplatePaths.Text(segments));
                break;
            case ScriptVariableGlobal { Name: var name } when IsFunction(name):
                // Scriban calls a function named without arguments: '{{ datum }}' is datum with nothing to format.
                CheckCall(expression, name, [], scope);
                break;
            default:
                if (TemplatePaths.Segments(expression) is { } path && paths.Resolve(expression, path, scope) is { } resolved)
                {
                    RefuseWhole(expression, TemplatePaths.Text(path), resolved.Type);
                }
                else if (TemplatePaths.Segments(expression) is null)
                {
                    check.NotAllowed(expression);
                }
                break;
        }
    }

    public void CheckCondition(ScriptExpression? condition, TemplateScope scope)
    {
        switch (condition)
        {
            case null:
                break;
            case ScriptUnaryExpression { Operator: ScriptUnaryOperator.Not, Right: var operand }:
                CheckCondition(operand, scope);
                break;
            case ScriptBinaryExpression { Operator: ScriptBinaryOperator.And or ScriptBinaryOperator.Or } both:
                CheckCondition(both.Left, scope);
                CheckCondition(both.Right, scope);
                break;
            case ScriptNestedExpression { Expression: var inner }:
                CheckCondition(inner, scope);
                break;
            case ScriptVariableGlobal { Name: var name } when IsFunction(name):
                check.Error(TemplateDiagnosticCodes.NotAllowed, $"a condition tests data, not a function: '{name}' is a function", condition);
                break;
            default:
                if (TemplatePaths.Segments(condition) is { } path)
                {
                    // Any shape may be tested: a record or a list is true when it is there and not empty.
                    paths.Resolve(condition, path, scope);
                }
                else
                {
                    check.Error(TemplateDiagnosticCodes.NotAllowed,
                        condition is ScriptFunctionCall ? "a condition tests data; a function formats it for printing" : TemplateSubset.Refusal(condition), condition);
                }
                break;
        }
    }

    private void CheckCall(ScriptExpression call, string name, IReadOnlyList<ScriptExpression> arguments, TemplateScope scope)
    {
        if (name == TemplateFunctions.Include)
        {
            if (arguments is [ScriptLiteral { Value: string partial }])
            {
                walker.WalkPartial(call, partial);
            }
            else
            {
                check.Error(TemplateDiagnosticCodes.MissingPartial, "include takes the name of one partial, in quotes: '{{ include 'contact' }}'", call);
            }
            return;
        }
        if (!IsFunction(name))
        {
            UnknownFunction(call, name);
            return;
        }
        foreach (var argument in arguments)
        {
            CheckArgument(argument, scope);
        }
        if (name != TemplateFunctions.Plural)
        {
            if (arguments.Count != 1)
            {
                check.Error(TemplateDiagnosticCodes.WrongArguments, TemplateFunctions.OneValueMessage(name, arguments.Count), call);
            }
            return;
        }
        if (arguments.Count != check.Language.Plural.Categories.Count + 1)
        {
            check.Error(TemplateDiagnosticCodes.WrongArguments, TemplateFunctions.PluralCountMessage(check.Language, arguments.Count - 1), call);
        }
        else if (arguments.Skip(1).FirstOrDefault(a => a is not ScriptLiteral { Value: string }) is { } notWord)
        {
            check.Error(TemplateDiagnosticCodes.WrongArguments, TemplateFunctions.PluralWordsMessage, notWord);
        }
    }

    private void CheckArgument(ScriptExpression argument, TemplateScope scope)
    {
        if (argument is ScriptLiteral { Value: string or int or long or double or decimal })
        {
            return;
        }
        if (TemplatePaths.Segments(argument) is not { } path)
        {
            check.NotAllowed(argument);
            return;
        }
        if (IsFunction(path[0].Name))
        {
            check.Error(TemplateDiagnosticCodes.NotAllowed, $"'{path[0].Name}' is a function; a function formats a path or a literal, not another function's result", argument);
            return;
        }
        if (paths.Resolve(argument, path, scope) is { } resolved)
        {
            RefuseWhole(argument, TemplatePaths.Text(path), resolved.Type);
        }
    }

    private void RefuseWhole(ScriptExpression node, string path, Type type)
    {
        var kind = ViewModelShape.KindOf(type);
        if (kind is ShapeKind.Record or ShapeKind.List)
        {
            var hint = kind == ShapeKind.List ? "use 'for x in …' to go through it" : "name one of its fields";
            check.Error(TemplateDiagnosticCodes.NotAValue, $"'{path}' is {ViewModelShape.Describe(type)}, not a value; {hint}", node);
        }
    }

    private void UnknownFunction(ScriptNode call, string name) =>
        check.Error(TemplateDiagnosticCodes.UnknownFunction,
            $"'{name}' is not a function here; the functions are {FunctionList} ({TemplateSubset.BuiltinsUnavailable})", call);
}
