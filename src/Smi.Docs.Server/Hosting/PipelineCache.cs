using System.Collections.Concurrent;
using Smi.Docs.Docx;
using Smi.Docs.Pdf;
using Smi.Docs.Pipeline;
using Smi.Docs.Templating;

namespace Smi.Docs.Server.Hosting;

/// <summary>
/// One pipeline per template folder: the shipped templates, and each tenant's own copy. A pipeline reads and checks
/// every template when it is built (docs/architecture.md §3), so it is built on first use and then shared by every
/// request; all of them print with the one warm Chromium.
/// </summary>
internal sealed class PipelineCache(ServerSettings settings, ChromiumHost chromium)
{
    private readonly ConcurrentDictionary<string, Lazy<TenantPipeline>> _pipelines = new(StringComparer.Ordinal);

    /// <exception cref="Diagnostics.SmiDocsException">The template folder is missing or a template has errors.</exception>
    public TenantPipeline For(string? templatesDirectory)
    {
        var folder = Path.GetFullPath(templatesDirectory ?? settings.Templates);
        var lazy = _pipelines.GetOrAdd(folder, f => new Lazy<TenantPipeline>(() => Build(f), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A broken folder is tried again on the next request, once the operator has fixed it.
            _pipelines.TryRemove(new KeyValuePair<string, Lazy<TenantPipeline>>(folder, lazy));
            throw;
        }
    }

    private TenantPipeline Build(string folder)
    {
        var builder = DocumentPipeline.CreateBuilder(folder).UseHtml().UseDocx();
        if (chromium.Printer is { } printer)
        {
            builder.UsePdf(printer);
        }
        return new TenantPipeline(builder.Build(), TemplateVersion.Of(folder));
    }
}
