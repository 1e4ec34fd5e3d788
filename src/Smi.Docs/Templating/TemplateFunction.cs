using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Smi.Docs.Templating;

/// <summary>A function a template may call, with the span of the call at hand so a failure points at it.</summary>
internal sealed class TemplateFunction(Func<TemplateContext, ScriptArray, SourceSpan, object?> body) : IScriptCustomFunction
{
    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        body(context, arguments, callerContext?.Span ?? context.CurrentSpan);

    // Direct: Scriban hands over the evaluated arguments as they are; each function checks its own count and types.
    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
