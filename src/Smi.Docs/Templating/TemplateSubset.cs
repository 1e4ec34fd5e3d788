using Scriban.Syntax;

namespace Smi.Docs.Templating;

/// <summary>
/// What the checker says about Scriban that letters may not use (SMI3015): what is refused and what to write instead.
/// Templates show view-model data; they do not calculate, loop over numbers, define things or call Scriban's built-ins,
/// which is what the 2026 Scriban advisories abused (ranges, string repetition, deep nesting, eval).
/// </summary>
internal static class TemplateSubset
{
    public const string Allowed = "letters use text, '{{ pad.naar.waarde }}', '{{ datum x }}'-style functions, if/else, 'for x in lijst', include 'naam' and comments";

    /// <summary>Scriban's built-in objects and functions; none is available, but their names deserve a clear message.</summary>
    public static IReadOnlySet<string> BuiltinNames { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "array", "date", "html", "math", "object", "regex", "string", "timespan", "empty", "blank", "eval_template",
    };

    public const string BuiltinsUnavailable = "Scriban's built-in functions (array.size, string.upcase, object.eval, …) are not available";

    public static string Refusal(ScriptNode node) => node switch
    {
        ScriptBinaryExpression { Operator: ScriptBinaryOperator.RangeInclude or ScriptBinaryOperator.RangeExclude } =>
            "a range ('1..N') is not allowed; go through a list of the view model with 'for x in lijst'",
        ScriptBinaryExpression binary =>
            $"the operator '{binary.OperatorAsText}' is not allowed: templates do not calculate or compare; the view model brings every value ready, and conditions use only !, && and ||",
        ScriptAssignExpression => "an assignment is not allowed; templates only show view-model data",
        ScriptFunction or ScriptAnonymousFunction => "a function definition is not allowed; use the functions datum, maand, bedrag, getal, procent and meervoud",
        ScriptPipeCall => "a pipe ('x | f') is not allowed; call a function one way: '{{ datum x }}'",
        ScriptFunctionCall => "a call with parentheses is not allowed; call a function one way: '{{ datum x }}'",
        ScriptIndexerExpression => "an indexer ('x[0]') is not allowed; go through a list with 'for x in lijst'",
        ScriptInterpolatedStringExpression or ScriptInterpolatedExpression => "an interpolated string is not allowed; write the text outside '{{ }}'",
        ScriptArrayInitializerExpression or ScriptObjectInitializerExpression => "an array or object initialiser is not allowed; the view model brings the data",
        ScriptNestedExpression => "parentheses are only for grouping a condition; print a path or call a function: '{{ datum x }}'",
        ScriptLiteral => "a tag does not print a literal; write the text outside '{{ }}'",
        ScriptUnaryExpression unary => $"'{unary.OperatorAsText}' is only allowed as '!' in a condition",
        ScriptConditionalExpression => "'? :' is not allowed; use '{{ if x }}…{{ else }}…{{ end }}'",
        ScriptIsEmptyExpression => "'.empty?' is not allowed; '{{ if lijst }}' is false for an empty list",
        ScriptThisExpression => "'this' is not available; name the data: '{{ aanvrager.naam }}'",
        ScriptVariableLocal => "a local variable ('$x') is not allowed; name the data of the view model",
        ScriptNamedArgument or ScriptArgumentBinary => "named arguments are not allowed; a function takes its values in order",
        ScriptTableRowStatement => Statement("tablerow"),
        ScriptImportStatement => Statement("import"),
        ScriptCaptureStatement => Statement("capture"),
        ScriptWhileStatement => Statement("while"),
        ScriptCaseStatement or ScriptWhenStatement => Statement("case/when"),
        ScriptWithStatement => Statement("with"),
        ScriptWrapStatement => Statement("wrap"),
        ScriptReadOnlyStatement => Statement("readonly"),
        ScriptReturnStatement => Statement("ret"),
        ScriptBreakStatement => Statement("break"),
        ScriptContinueStatement => Statement("continue"),
        _ => $"'{node.GetType().Name}' is not allowed; {Allowed}",
    };

    private static string Statement(string keyword) => $"'{keyword}' is not allowed; {Allowed}";
}
