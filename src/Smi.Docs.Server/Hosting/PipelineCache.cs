using System.Collections.Concurrent;
using Smi.Docs.Cases;
using Smi.Docs.Composition;
using Smi.Docs.Docx;
using Smi.Docs.Pdf;
using Smi.Docs.Pipeline;
using Smi.Docs.Server.Studio;
using Smi.Docs.Storage;
using Smi.Docs.Templating;

namespace Smi.Docs.Server.Hosting;

/// <summary>
/// One pipeline per template folder (the shipped templates, and each tenant's own copy), and one per set of a tenant's
/// published studio versions laid over its folder (<see cref="ForAsync"/>). A pipeline reads and checks every template
/// when it is built (docs/architecture.md §3), so it is built on first use and then shared by every request; all of them
/// print with the one warm Chromium. Which versions apply is asked of the database on every render, so a publication
/// made on another instance counts at once; only the built pipelines are kept here, keyed by the version ids.
/// </summary>
internal sealed class PipelineCache(ServerSettings settings, ChromiumHost chromium, DatabaseHost storage) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<TenantPipeline>> _pipelines = new(StringComparer.Ordinal);

    /// <summary>The temporary folders of the overlays the cached pipelines read their translations from on first use.</summary>
    private readonly ConcurrentBag<TemplateOverlay> _overlays = [];

    /// <summary>The files as they are, without published versions (the catalogue, the case check).</summary>
    /// <exception cref="Diagnostics.SmiDocsException">The template folder is missing or a template has errors.</exception>
    public TenantPipeline For(string? templatesDirectory)
    {
        var folder = Folder(templatesDirectory);
        return Get(folder, () => Build(folder));
    }

    /// <summary>
    /// The pipeline with the tenant's published versions valid on <paramref name="date"/> (the letter's own date,
    /// <see cref="VersionDate"/>; null: the newest publications); the files as they are when none applies.
    /// </summary>
    /// <exception cref="Diagnostics.SmiDocsException">The template folder is missing or a template has errors.</exception>
    public async Task<TenantPipeline> ForAsync(Tenant tenant, DateOnly? date, CancellationToken cancellationToken)
    {
        var store = new TemplateVersionStore(storage.Database);
        var valid = TemplateVersionSelection.ValidOn(await store.PublishedAsync(tenant.Id, cancellationToken), date);
        if (valid.Count == 0)
        {
            return For(tenant.TemplatesPath);
        }
        var folder = Folder(tenant.TemplatesPath);
        var ids = valid.Select(v => v.Id).ToList();
        var key = folder + "|" + string.Join(',', ids);
        if (_pipelines.TryGetValue(key, out var cached) && cached.IsValueCreated)
        {
            return cached.Value;
        }
        var texts = await TextsAsync(store, tenant, valid, cancellationToken);
        return Get(key, () => BuildOverlay(folder, texts) with { VersionIds = ids });
    }

    /// <summary>The texts of the tenant's published versions valid on <paramref name="date"/> (null: the newest), to lay over its folder.</summary>
    public async Task<IReadOnlyList<(StudioTemplate Template, string Text)>> PublishedTextsAsync(Tenant tenant, DateOnly? date, CancellationToken cancellationToken)
    {
        var store = new TemplateVersionStore(storage.Database);
        return await TextsAsync(store, tenant, TemplateVersionSelection.ValidOn(await store.PublishedAsync(tenant.Id, cancellationToken), date), cancellationToken);
    }

    private static async Task<IReadOnlyList<(StudioTemplate Template, string Text)>> TextsAsync(
        TemplateVersionStore store, Tenant tenant, IReadOnlyList<StoredTemplateVersion> versions, CancellationToken cancellationToken)
    {
        var texts = new List<(StudioTemplate, string)>();
        foreach (var version in versions)
        {
            if (StudioTemplate.Find(version.Document, version.Taal) is { } template && await store.FindAsync(tenant.Id, version.Id, cancellationToken) is { } full)
            {
                texts.Add((template, full.Tekst));
            }
        }
        return texts;
    }

    /// <summary>
    /// The date that picks a document's template versions: a letter's decision date (besluitdatum), a printed form's
    /// sending date; null for a document without a case date of its own (the form printed blank, the publiekstekst),
    /// which gets the newest publication. Never the clock: the same request gives the same letter on any day.
    /// </summary>
    public static DateOnly? VersionDate(string? document, SmiCase? zaak) => DocumentDefinitions.Find(document ?? "") switch
    {
        LetterDefinition => zaak?.Besluitdatum,
        PrintedFormDefinition => zaak?.Verzenddatum,
        _ => null,
    };

    private string Folder(string? templatesDirectory) => Path.GetFullPath(templatesDirectory ?? settings.Templates);

    private TenantPipeline Get(string key, Func<TenantPipeline> build)
    {
        var lazy = _pipelines.GetOrAdd(key, _ => new Lazy<TenantPipeline>(build, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A broken folder is tried again on the next request, once the operator has fixed it.
            _pipelines.TryRemove(new KeyValuePair<string, Lazy<TenantPipeline>>(key, lazy));
            throw;
        }
    }

    private TenantPipeline Build(string folder) => new(WithFormats(DocumentPipeline.CreateBuilder(folder)).Build(), TemplateVersion.Of(folder));

    private TenantPipeline BuildOverlay(string folder, IReadOnlyList<(StudioTemplate, string)> texts)
    {
        var overlay = new TemplateOverlay(folder, texts);
        try
        {
            // The folder's own hash: with the version ids beside it (TenantPipeline.Header) it names the exact texts.
            var pipeline = new TenantPipeline(WithFormats(overlay.Builder()).Build(), TemplateVersion.Of(folder));
            _overlays.Add(overlay);
            return pipeline;
        }
        catch
        {
            overlay.Dispose();
            throw;
        }
    }

    private DocumentPipelineBuilder WithFormats(DocumentPipelineBuilder builder)
    {
        builder.UseHtml().UseDocx();
        if (chromium.Printer is { } printer)
        {
            builder.UsePdf(printer);
        }
        return builder;
    }

    public void Dispose()
    {
        foreach (var overlay in _overlays)
        {
            overlay.Dispose();
        }
    }
}
