using Smi.Docs.Diagnostics;
using Smi.Docs.Documents;
using Smi.Docs.Formatting;
using Smi.Docs.Templating;

namespace Smi.Docs.Tests.Templating;

/// <summary>Renders a template text with the real runtime (safe context, our functions), past the checker.</summary>
internal static class TemplateRun
{
    public const string FileName = "brief.sbn-md";

    public static string Render(string template, object model, IReadOnlyDictionary<string, TemplateSource>? partials = null,
        string language = "nl", TimeSpan? timeout = null)
    {
        var documentLanguage = DocumentLanguage.Find(language)!;
        partials ??= new Dictionary<string, TemplateSource>();
        return TemplateRenderer.Render(TemplateSource.Parse(template, FileName), model, TemplateFunctions.For(documentLanguage, partials),
            documentLanguage.Direction == TextDirection.RightToLeft, timeout ?? TemplateLibrary.RenderTimeout);
    }

    /// <summary>The one diagnostic a failing render reports.</summary>
    public static Diagnostic Fails(string template, object model, IReadOnlyDictionary<string, TemplateSource>? partials = null, TimeSpan? timeout = null) =>
        Assert.Single(Assert.Throws<SmiDocsException>(() => Render(template, model, partials, timeout: timeout)).Diagnostics);
}
