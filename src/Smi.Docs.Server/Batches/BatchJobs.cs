using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Hangfire;
using Hangfire.Server;
using Smi.Docs.Batch;
using Smi.Docs.Diagnostics;
using Smi.Docs.Pdf;
using Smi.Docs.Pipeline;
using Smi.Docs.Rendering;
using Smi.Docs.Server.Endpoints;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Http;
using Smi.Docs.Server.Tenancy;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Batches;

/// <summary>
/// The jobs of a batch, run by whichever instance takes them: each makes a run of items (<see cref="BatchSettings.ChunkSize"/>)
/// with the same core code as <c>smi-docs batch</c> (<see cref="BatchItemMaker"/>) and records each item's result, files and
/// audit entry together. An item another instance recorded first is left as it is, so a job that runs twice (its instance
/// died) never makes an item count twice.
/// </summary>
internal sealed class BatchJobs(
    ServerSettings settings, DatabaseHost storage, PipelineCache pipelines, TenantProfiles profiles, ChromiumHost chromium, BatchJobHost jobs,
    ILogger<BatchJobs> logger)
{
    /// <summary>Attempts after the first when a job fails as a whole (the database or the browser away); then its items fail.</summary>
    private const int Retries = 3;

    [Queue(BatchJobHost.Queue)]
    [AutomaticRetry(Attempts = Retries, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task MakeAsync(string batchId, int from, int to, PerformContext? context, CancellationToken cancellationToken)
    {
        var store = new BatchStore(storage.Database);
        if (await store.FindAsync(batchId, cancellationToken) is not { } batch)
        {
            return; // removed (retention or DELETE) before this job ran
        }
        try
        {
            await MakeItemsAsync(store, batch, from, to, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException && LastAttempt(context))
        {
            // A batch must end: after the last attempt its remaining items are reported, not left waiting for ever.
            logger.LogError("Batch {BatchId} items {From}-{To} failed after {Attempts} attempts ({ExceptionType})", batchId, from, to, Retries + 1, e.GetType().FullName);
            var reason = e is SmiDocsException known ? known.Diagnostics
                : [Diagnostic.Error(OptionCodes.UnexpectedFailure, $"unexpected failure ({e.GetType().FullName}) making this part of the batch; report it", new SourceLocation(null))];
            foreach (var item in await store.TakeAsync(batchId, from, to, settings.Batches.InstanceName, cancellationToken))
            {
                await RecordAsync(store, batch, item, null, new BatchItemMaker.Outcome(null, batch.Document, batch.Taal, null, reason), 0, cancellationToken);
            }
        }
    }

    /// <summary>Removes the batches whose retention has ended (a recurring job, hourly).</summary>
    public async Task RemoveExpiredAsync(CancellationToken cancellationToken)
    {
        var removed = await new BatchStore(storage.Database).DeleteExpiredAsync(DateTimeOffset.UtcNow, cancellationToken);
        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} batches past their retention", removed);
        }
    }

    /// <summary>
    /// Queues the jobs of batches that were stored but never queued (their instance died between the two), a minute after
    /// they came in so a batch being queued right now is left alone (a job queued twice makes nothing twice).
    /// </summary>
    public async Task QueueForgottenAsync(CancellationToken cancellationToken)
    {
        foreach (var batch in await new BatchStore(storage.Database).UnqueuedAsync(DateTimeOffset.UtcNow.AddMinutes(-1), cancellationToken))
        {
            logger.LogWarning("Batch {BatchId} was stored but not queued; queueing its {Items} items now", batch.Id, batch.Total);
            await jobs.QueueAsync(batch, cancellationToken);
        }
    }

    private async Task MakeItemsAsync(BatchStore store, StoredBatch batch, int from, int to, CancellationToken cancellationToken)
    {
        var tenant = await storage.Tenants.FindAsync(batch.TenantId, cancellationToken)
            ?? throw new InvalidOperationException("the batch's tenant is gone");
        var profile = profiles.For(tenant);
        var formats = batch.Formaten.Split(',');
        if (formats.Contains(DocumentFormats.Pdf) && !await chromium.AvailableAsync())
        {
            // The browser may be restarting: the job is tried again later (Hangfire's retry) before its items fail.
            throw new SmiDocsException(chromium.Unavailable);
        }
        foreach (var pending in await store.TakeAsync(batch.Id, from, to, settings.Batches.InstanceName, cancellationToken))
        {
            var started = Stopwatch.GetTimestamp();
            var item = new BatchItem(pending.Ordinal, pending.Naam, pending.Bron, pending.Invoer, pending.Probleem);
            var read = BatchItemMaker.Read(item, batch.Document, batch.Taal);
            // Each case its own date, so each item gets the published template versions of its decision date.
            var pipeline = read.Diagnostics.Count > 0 ? null
                : await pipelines.ForAsync(tenant, PipelineCache.VersionDate(read.Document, read.Request?.Zaak), cancellationToken);
            var outcome = pipeline is null
                ? read
                : await BatchItemMaker.MakeAsync(pipeline.Pipeline, item, read, profile, formats, cancellationToken);
            await RecordAsync(store, batch, pending, pipeline, outcome, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, cancellationToken);
        }
    }

    private async Task RecordAsync(
        BatchStore store, StoredBatch batch, PendingBatchItem item, TenantPipeline? pipeline, BatchItemMaker.Outcome outcome, long durationMs, CancellationToken cancellationToken)
    {
        var files = (outcome.Files ?? []).Select(f => new StoredBatchFile(
            f.FileName, f.Content, Convert.ToHexStringLower(SHA256.HashData(f.Content)), f.Content.LongLength,
            f.FileName.EndsWith("." + DocumentFormats.Pdf, StringComparison.Ordinal) ? PdfPageCount.Of(f.Content) : null)).ToList();
        var status = outcome.Made ? StatusCodes.Status200OK : HttpStatus.For(outcome.Diagnostics);
        // The document may come from the item's own envelope, which may say anything: the audit trail names only ids we know.
        var document = DocumentRender.KnownDocument(outcome.Document);
        var audit = new AuditEntry(Guid.NewGuid().ToString("N"), batch.TenantId, batch.KeyId, DateTimeOffset.UtcNow, outcome.Kenmerk, document,
            outcome.Language ?? batch.Taal, batch.Formaten, pipeline?.TemplateVersion ?? "", OutputHash(files), durationMs,
            outcome.Made ? "ok" : Problem.FirstError(outcome.Diagnostics)?.Code ?? status.ToString(System.Globalization.CultureInfo.InvariantCulture), status,
            pipeline?.AuditVersions);
        var result = new BatchItemResult(outcome.Made, outcome.Kenmerk, outcome.Document, outcome.Language, StoredDiagnostics.Write(outcome.Diagnostics),
            settings.Batches.InstanceName, files, audit);
        if (!await store.CompleteAsync(batch.Id, item.Ordinal, result, cancellationToken))
        {
            logger.LogInformation("Batch {BatchId} item {Ordinal} was recorded by another instance first; this result is dropped", batch.Id, item.Ordinal);
        }
    }

    /// <summary>The audit entry's one hash: the file's own, or for several formats the hash of their hashes in order.</summary>
    private static string? OutputHash(IReadOnlyList<StoredBatchFile> files) => files.Count switch
    {
        0 => null,
        1 => files[0].Sha256,
        _ => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(string.Join(',', files.Select(f => f.Sha256))))),
    };

    private static bool LastAttempt(PerformContext? context) => (context?.GetJobParameter<int>("RetryCount") ?? Retries) >= Retries;
}
