using Scriban.Runtime;
using Scriban.Syntax;
using Smi.Docs.Diagnostics;
using Smi.Docs.Rendering;

namespace Smi.Docs.Templating;

/// <summary>
/// One render of a parsed template in a <see cref="SafeTemplateContext"/>, with every failure turned into a located
/// diagnostic. <see cref="TemplateLibrary"/> renders through it; tests call it directly to render past the checker.
/// </summary>
internal static class TemplateRenderer
{
    public static string Render(TemplateSource source, object viewModel, ScriptObject functions, bool isolateValues, TimeSpan timeout)
    {
        if (source.SyntaxErrors.Count > 0)
        {
            // Scriban refuses to evaluate a template with errors; say where they are instead of how Scriban refuses.
            throw new SmiDocsException(source.SyntaxErrors);
        }
        using var cancellation = new CancellationTokenSource(timeout);
        var context = new SafeTemplateContext(functions, isolateValues, cancellation.Token);
        context.PushGlobal(SafeTemplateContext.Globals(viewModel));
        var output = ThreadStringBuilder.Take(16 * 1024);
        context.PushOutput(new StringBuilderOutput(output));
        try
        {
            return source.Template.Render(context);
        }
        catch (Exception e) when (cancellation.IsCancellationRequested && e is ScriptRuntimeException or OperationCanceledException)
        {
            // Scriban checks the token between steps and reports it as its own exception, at the node where it stopped.
            var where = e is ScriptRuntimeException stopped
                ? TemplateSource.LocateSpan(source.FileName, stopped.Span)
                : SourceLocation.InFile(source.FileName, 1, 1);
            throw new SmiDocsException(Diagnostic.Error(TemplateDiagnosticCodes.RenderTimedOut,
                $"template did not finish within {timeout.TotalSeconds:0.###} s", where));
        }
        catch (ScriptRuntimeException e)
        {
            // The checker catches unknown names before this point; a final render never prints a blank instead of a
            // value. Messages name the template and the expression, never the data.
            throw new SmiDocsException(Diagnostic.Error(TemplateDiagnosticCodes.RenderFailed,
                "template failed while rendering: " + e.OriginalMessage, TemplateSource.LocateSpan(source.FileName, e.Span)));
        }
        finally
        {
            ThreadStringBuilder.GiveBack(output);
        }
    }
}
