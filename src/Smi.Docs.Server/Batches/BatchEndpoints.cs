using System.Text;
using Hangfire;
using Microsoft.AspNetCore.Http.Features;
using Smi.Docs.Batch;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Pipeline;
using Smi.Docs.Rendering;
using Smi.Docs.Server.Endpoints;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Http;
using Smi.Docs.Server.Tenancy;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Batches;

/// <summary>
/// <c>/api/v1/batches</c> (docs/server.md "Batches"): a JSON Lines body becomes a batch whose items the instances make as
/// jobs; the caller follows its progress, then fetches the report and a zip of the files. Each line is a case (taking
/// the query's document and language) or an envelope <c>{"document", "taal", "zaak"}</c>, as for <c>smi-docs batch</c>.
/// </summary>
internal static class BatchEndpoints
{
    public const string Path = "/batches";

    /// <summary>The media types of JSON Lines in use; plain JSON too, since many clients send nothing more exact.</summary>
    private static readonly string[] JsonLinesTypes = ["application/jsonl", "application/x-ndjson", "application/json-lines", MediaTypes.Json];

    private static readonly string[] Parameters = ["document", "taal", ResponseFormat.FormatParameter];

    /// <summary>How a batch and its progress look to the caller.</summary>
    public sealed record BatchStatus(
        string Id, string Status, string? Document, string Taal, IReadOnlyList<string> Formaten, int Totaal, int Gemaakt, int Mislukt, int Wachtend,
        DateTimeOffset Aangemaakt, DateTimeOffset BewaardTot, string Rapport, string Bestanden);

    public static async Task<IResult> CreateAsync(HttpContext context, ServerSettings settings, DatabaseHost storage, BatchJobHost jobs, ILoggerFactory loggers)
    {
        var request = context.Request;
        var caller = context.Caller();
        var (document, language, formats, refusal) = ReadOptions(request);
        if (refusal is not null)
        {
            return refusal;
        }
        if (request.ContentType is null || !JsonLinesTypes.Any(t => request.ContentType.StartsWith(t, StringComparison.OrdinalIgnoreCase)))
        {
            return Problem.For(StatusCodes.Status415UnsupportedMediaType, [Diagnostic.Error(ServerCodes.UnsupportedMediaType,
                "expected JSON Lines: a body of type application/jsonl (or application/x-ndjson) with one case or envelope per line", new SourceLocation(null))]);
        }
        if (formats!.Contains(DocumentFormats.Pdf) && !settings.Pdf)
        {
            return Problem.For([Diagnostic.Error(ServerCodes.PdfSwitchedOff, "this service makes no PDF (Smi:Pdf is off); ask for HTML or DOCX with ?formaat=", new SourceLocation("?formaat"))]);
        }
        var limit = settings.Batches.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }
        // Kestrel's own limit would end the request with an exception; BoundedBody answers with a problem instead.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } kestrelLimit)
        {
            kestrelLimit.MaxRequestBodySize = null;
        }
        var now = DateTimeOffset.UtcNow;
        var batch = new StoredBatch(Guid.NewGuid().ToString("N"), caller.Tenant.Id, caller.KeyId, now, now + settings.Batches.Retention,
            document, language!, string.Join(',', formats!), 0);
        var store = new BatchStore(storage.Database);
        try
        {
            batch = await store.CreateAsync(batch, Items(new BoundedBody(request.Body, limit), context.RequestAborted), context.RequestAborted);
        }
        catch (BoundedBody.TooLargeException)
        {
            return TooLarge(limit); // the transaction was not committed: nothing of the batch is stored
        }
        if (batch.Total == 0)
        {
            await store.DeleteAsync(caller.Tenant.Id, batch.Id, context.RequestAborted);
            return Problem.For(StatusCodes.Status400BadRequest, [Diagnostic.Error(ServerCodes.BatchEmpty, "the batch holds no lines; send one case or envelope per line", new SourceLocation(null))]);
        }
        await jobs.QueueAsync(batch, context.RequestAborted);
        loggers.CreateLogger(typeof(BatchEndpoints)).LogInformation("Batch {BatchId} for {Tenant} ({KeyId}): {Items} items, {Formats}",
            batch.Id, caller.Tenant.Id, caller.KeyId, batch.Total, batch.Formaten);
        var status = await StatusOf(store, batch, context.RequestAborted);
        return Results.Accepted($"{ApiKeyMiddleware.ApiPrefix}{Path}/{batch.Id}", status);
    }

    public static async Task<IResult> ListAsync(HttpContext context, DatabaseHost storage)
    {
        var store = new BatchStore(storage.Database);
        var statuses = new List<BatchStatus>();
        foreach (var batch in await store.ListAsync(context.Caller().Tenant.Id, 100, context.RequestAborted))
        {
            statuses.Add(await StatusOf(store, batch, context.RequestAborted));
        }
        return ApiJson.Of(statuses);
    }

    public static async Task<IResult> GetAsync(string id, HttpContext context, DatabaseHost storage)
    {
        var store = new BatchStore(storage.Database);
        return await store.FindAsync(context.Caller().Tenant.Id, id, context.RequestAborted) is { } batch
            ? ApiJson.Of(await StatusOf(store, batch, context.RequestAborted))
            : Unknown();
    }

    /// <summary>The report (<c>rapport.json</c>) as far as the batch has come: failed items with their codes and paths.</summary>
    public static async Task<IResult> ReportAsync(string id, HttpContext context, DatabaseHost storage)
    {
        var store = new BatchStore(storage.Database);
        if (await store.FindAsync(context.Caller().Tenant.Id, id, context.RequestAborted) is not { } batch)
        {
            return Unknown();
        }
        return Results.Bytes(BatchReport.ReportJson(await ResultOf(store, batch, context.RequestAborted)), MediaTypes.Json);
    }

    /// <summary>
    /// Every file of a finished batch in one zip, a folder per item, with <c>rapport.json</c>, <c>rapport.csv</c> and
    /// <c>index.csv</c> at the top. Written to a temporary file first: a batch of PDFs does not fit in memory.
    /// </summary>
    public static async Task<IResult> FilesAsync(string id, HttpContext context, DatabaseHost storage)
    {
        var store = new BatchStore(storage.Database);
        if (await store.FindAsync(context.Caller().Tenant.Id, id, context.RequestAborted) is not { } batch)
        {
            return Unknown();
        }
        var counts = await store.CountAsync(batch.Id, context.RequestAborted);
        if (!counts.Finished)
        {
            return Problem.For(StatusCodes.Status409Conflict, [Diagnostic.Error(ServerCodes.BatchNotFinished,
                $"batch not finished: {counts.Waiting} of {counts.Total} items still waiting; fetch the files when status is 'klaar'", new SourceLocation("{id}"))]);
        }
        var report = BatchReport.Files(await ResultOf(store, batch, context.RequestAborted));
        var zip = new FileStream(System.IO.Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        try
        {
            await ZipPackage.WriteAsync(zip, Contents(store, batch.Id, report, context.RequestAborted), context.RequestAborted);
            zip.Position = 0;
            return Results.File(zip, MediaTypes.Zip, $"batch-{batch.Id}.zip");
        }
        catch
        {
            await zip.DisposeAsync();
            throw;
        }
    }

    /// <summary>Removes the batch and its files now, before the retention period ends (the cases were removed when made).</summary>
    public static async Task<IResult> DeleteAsync(string id, HttpContext context, DatabaseHost storage) =>
        await new BatchStore(storage.Database).DeleteAsync(context.Caller().Tenant.Id, id, context.RequestAborted) ? Results.NoContent() : Unknown();

    private static async IAsyncEnumerable<RenderedFile> Contents(BatchStore store, string batchId, IReadOnlyList<RenderedFile> report, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var file in report)
        {
            yield return file;
        }
        await foreach (var (item, name, content) in store.FilesAsync(batchId, cancellationToken))
        {
            yield return new RenderedFile($"{item}/{name}", content);
        }
    }

    private static async IAsyncEnumerable<NewBatchItem> Items(Stream body, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var item in BatchInput.ReadLinesAsync(body, "batch.jsonl", cancellationToken))
        {
            yield return new NewBatchItem(item.Ordinal, item.Name, item.Source, item.Content, item.Problem);
        }
    }

    private static async Task<BatchStatus> StatusOf(BatchStore store, StoredBatch batch, CancellationToken cancellationToken)
    {
        var counts = await store.CountAsync(batch.Id, cancellationToken);
        var self = $"{ApiKeyMiddleware.ApiPrefix}{Path}/{batch.Id}";
        return new BatchStatus(batch.Id, counts.Finished ? "klaar" : "bezig", batch.Document, batch.Taal, batch.Formaten.Split(','),
            counts.Total, counts.Made, counts.Failed, counts.Waiting, batch.CreatedAt, batch.KeepUntil, $"{self}/rapport", $"{self}/bestanden");
    }

    /// <summary>The batch as the CLI's report and index describe a run: made items with their files, failed ones with their messages.</summary>
    private static async Task<BatchResult> ResultOf(BatchStore store, StoredBatch batch, CancellationToken cancellationToken)
    {
        var finished = new List<BatchEntry>();
        var failures = new List<BatchItemReport>();
        var warnings = new List<BatchItemReport>();
        await foreach (var item in store.ItemsAsync(batch.Id, cancellationToken))
        {
            var diagnostics = StoredDiagnostics.Read(item.Meldingen);
            var report = new BatchItemReport(item.Ordinal, item.Naam, item.Bron, item.Kenmerk, item.Document, item.Taal, diagnostics);
            if (item.Status == BatchStore.Made)
            {
                finished.Add(new BatchEntry(item.Naam, "", item.Kenmerk, item.Document!, item.Taal!, [.. item.Files.Select(f => new BatchFile(f.Naam, f.Sha256, f.Bytes, f.Paginas))]));
                if (diagnostics.Count > 0)
                {
                    warnings.Add(report);
                }
            }
            else if (item.Status == BatchStore.Failed)
            {
                failures.Add(report);
            }
        }
        return new BatchResult(batch.Total, finished.Count, 0, finished, failures, Interrupted: false) { Warnings = warnings };
    }

    private static (string? Document, string? Language, IReadOnlyList<string>? Formats, IResult? Refusal) ReadOptions(HttpRequest request)
    {
        var problems = new List<Diagnostic>();
        foreach (var key in request.Query.Keys.Where(k => !Parameters.Contains(k)))
        {
            problems.Add(Diagnostic.Error(ServerCodes.InvalidParameter, $"a batch takes only {string.Join(", ", Parameters)}", new SourceLocation("?" + key)));
        }
        var document = request.Query["document"].FirstOrDefault();
        if (document is not null && DocumentDefinitions.Find(document) is null)
        {
            problems.Add(Diagnostic.Error(OptionCodes.UnknownDocument, $"unknown document; available: {string.Join(", ", DocumentDefinitions.All.Select(d => d.Id))}", new SourceLocation("?document")));
        }
        var language = request.Query["taal"].FirstOrDefault() ?? "nl";
        try
        {
            DocumentComposer.ParseLanguage(language);
        }
        catch (SmiDocsException e)
        {
            problems.AddRange(e.Diagnostics.Select(d => d with { Location = new SourceLocation("?taal") }));
        }
        IReadOnlyList<string>? formats = null;
        try
        {
            formats = DocumentFormats.Parse(request.Query[ResponseFormat.FormatParameter].FirstOrDefault() ?? DocumentFormats.Pdf);
        }
        catch (SmiDocsException e)
        {
            problems.AddRange(e.Diagnostics.Select(d => d with { Location = new SourceLocation("?" + ResponseFormat.FormatParameter) }));
        }
        return problems.Count > 0
            ? (null, null, null, Problem.For(StatusCodes.Status400BadRequest, problems))
            : (document, language, formats, null);
    }

    private static IResult TooLarge(long limit) => Problem.For(StatusCodes.Status413PayloadTooLarge,
        [Diagnostic.Error(CaseCodes.Input.Boundary!.FileTooLarge, $"the batch is larger than {limit / (1024 * 1024)} MiB; send it in parts", new SourceLocation(null))]);

    private static IResult Unknown() =>
        Problem.For(StatusCodes.Status404NotFound, [Diagnostic.Error(ServerCodes.NotFound, "no batch of yours has this id", new SourceLocation("{id}"))]);
}
