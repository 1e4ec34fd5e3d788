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
/// made on another instance counts at once; only the built pipelines are kept here, keyed by the version ids. Those with
/// published versions are bounded (<see cref="ServerSettings.PublishedPipelines"/>): every publication makes a new set, and
/// letters of older dates still pick older ones, so without a bound they would only grow.
/// </summary>
internal sealed class PipelineCache(ServerSettings settings, ChromiumHost chromium, DatabaseHost storage) : IDisposable
{
    /// <summary>How long an evicted pipeline's overlay folder is kept: a render that got the pipeline just before may still read its translations.</summary>
    private static readonly TimeSpan RetiredFolderGrace = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Lazy<TenantPipeline>> _pipelines = new(StringComparer.Ordinal);

    /// <summary>The temporary folders of the overlays the cached pipelines read their translations from on first use, by key.</summary>
    private readonly ConcurrentDictionary<string, TemplateOverlay> _overlays = new(StringComparer.Ordinal);

    /// <summary>When each pipeline with published versions was last asked for (Environment.TickCount64).</summary>
    private readonly ConcurrentDictionary<string, long> _lastUsed = new(StringComparer.Ordinal);

    /// <summary>Overlays of evicted pipelines, with when they were evicted; their folders go after <see cref="RetiredFolderGrace"/>.</summary>
    private readonly ConcurrentQueue<(TemplateOverlay Overlay, long EvictedAt)> _retired = new();

    private readonly Lock _evicting = new();

    /// <summary>Pipelines with published versions built now (for the tests of the bound).</summary>
    internal int PublishedPipelineCount => _lastUsed.Count;

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
        _lastUsed[key] = Environment.TickCount64;
        if (_pipelines.TryGetValue(key, out var cached) && cached.IsValueCreated)
        {
            return cached.Value;
        }
        var texts = await TextsAsync(store, tenant, valid, cancellationToken);
        TenantPipeline pipeline;
        try
        {
            pipeline = Get(key, () => BuildOverlay(key, folder, texts) with { VersionIds = ids });
        }
        catch
        {
            _lastUsed.TryRemove(key, out _);
            throw;
        }
        EvictLeastRecentlyUsed();
        return pipeline;
    }

    /// <summary>Drops the least recently used pipelines with published versions beyond the bound; their folders go later.</summary>
    private void EvictLeastRecentlyUsed()
    {
        lock (_evicting)
        {
            var now = Environment.TickCount64;
            while (_lastUsed.Count > settings.PublishedPipelines)
            {
                var oldest = _lastUsed.MinBy(entry => entry.Value).Key;
                _lastUsed.TryRemove(oldest, out _);
                _pipelines.TryRemove(oldest, out _);
                if (_overlays.TryRemove(oldest, out var overlay))
                {
                    _retired.Enqueue((overlay, now));
                }
            }
            while (_retired.TryPeek(out var retired) && now - retired.EvictedAt > (long)RetiredFolderGrace.TotalMilliseconds)
            {
                _retired.TryDequeue(out _);
                retired.Overlay.Dispose();
            }
        }
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

    private TenantPipeline BuildOverlay(string key, string folder, IReadOnlyList<(StudioTemplate, string)> texts)
    {
        var overlay = new TemplateOverlay(folder, texts);
        try
        {
            // The folder's own hash: with the version ids beside it (TenantPipeline.Header) it names the exact texts.
            var pipeline = new TenantPipeline(WithFormats(overlay.Builder()).Build(), TemplateVersion.Of(folder));
            _overlays[key] = overlay;
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
        foreach (var overlay in _overlays.Values.Concat(_retired.Select(r => r.Overlay)))
        {
            overlay.Dispose();
        }
    }
}
