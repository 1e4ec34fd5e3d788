using System.Diagnostics;
using System.Security.Cryptography;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Pdf;
using Smi.Docs.Pipeline;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Http;
using Smi.Docs.Server.Tenancy;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Endpoints;

/// <summary>
/// <c>POST /api/v1/documenten/{document}</c>: one document for one case in the formats asked for, made by the core
/// pipeline with the caller's own profile and templates. Every request that got past the key leaves one audit entry,
/// made or refused; the log line says what and how long, never anything from the case.
/// </summary>
internal sealed class DocumentRender(
    ServerSettings settings, PipelineCache pipelines, TenantProfiles profiles, ChromiumHost chromium, PdfQueue pdfQueue,
    DatabaseHost storage, ILogger<DocumentRender> logger)
{
    private sealed record Answer(IResult Result, int Status, string Outcome, string? Sha256 = null, string? Kenmerk = null);

    public async Task<IResult> HandleAsync(string document, HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var caller = context.Caller();
        var (formats, formatRefusal) = ResponseFormat.Negotiate(context.Request);
        var (options, optionRefusal) = RequestOptions.Read(context.Request);
        TenantPipeline? pipeline = null;
        Answer answer;
        if ((formatRefusal ?? optionRefusal) is { } refusal)
        {
            answer = Refused(refusal);
        }
        else
        {
            (answer, pipeline) = await RenderAsync(document, caller, formats!, options!, context);
        }
        var duration = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        // The document id comes from the URL and may be anything: the audit trail and the log name only ids we know.
        var known = KnownDocument(document);
        await storage.Audit.AddAsync(new AuditEntry(
            Guid.NewGuid().ToString("N"), caller.Tenant.Id, caller.KeyId, DateTimeOffset.UtcNow, answer.Kenmerk, known,
            options?.Language.Code ?? "?", string.Join(',', formats ?? []), pipeline?.TemplateVersion ?? "", answer.Sha256, duration, answer.Outcome, answer.Status,
            pipeline?.AuditVersions));
        logger.LogInformation("Render {Document} for {Tenant} ({KeyId}): {Status} {Outcome} in {DurationMs} ms",
            known, caller.Tenant.Id, caller.KeyId, answer.Status, answer.Outcome, duration);
        return answer.Result;
    }

    private async Task<(Answer, TenantPipeline? Pipeline)> RenderAsync(string document, Caller caller, IReadOnlyList<string> formats, RequestOptions options, HttpContext context)
    {
        Policy.MunicipalityProfile profile;
        try
        {
            profile = profiles.For(caller.Tenant);
        }
        catch (SmiDocsException e)
        {
            return (Failed(e.Diagnostics), null);
        }
        // The case comes first: its decision date picks the tenant's published template versions.
        var (zaak, caseRefusal) = await CaseBody.ReadAsync(context.Request, settings, required: false);
        if (caseRefusal is not null)
        {
            return (Refused(caseRefusal), null);
        }
        TenantPipeline pipeline;
        try
        {
            pipeline = await pipelines.ForAsync(caller.Tenant, PipelineCache.VersionDate(document, zaak), context.RequestAborted);
        }
        catch (SmiDocsException e)
        {
            return (Failed(e.Diagnostics) with { Kenmerk = zaak?.Zaaknummer }, null);
        }
        using var pdfPlace = formats.Contains(DocumentFormats.Pdf) ? pdfQueue.TryEnter() : null;
        if (formats.Contains(DocumentFormats.Pdf))
        {
            if (pdfPlace is null)
            {
                return (Refused(PdfQueue.Full()) with { Kenmerk = zaak?.Zaaknummer }, pipeline);
            }
            if (!await chromium.AvailableAsync())
            {
                return (Failed(chromium.Unavailable) with { Kenmerk = zaak?.Zaaknummer }, pipeline);
            }
        }
        var result = await pipeline.Pipeline.RenderAsync(
            new DocumentRequest(zaak, profile, document, options.Language) { Formats = formats, Bundle = options.Bundle, FallbackToDutch = options.FallbackToDutch },
            context.RequestAborted);
        if (!result.Succeeded)
        {
            return (Failed(result.Diagnostics) with { Kenmerk = zaak?.Zaaknummer }, pipeline);
        }
        var single = result.Files.Count == 1 ? result.Files[0] : null;
        var body = single?.Content ?? ZipPackage.Of(result.Files);
        var headers = context.Response.Headers;
        if (zaak is not null)
        {
            headers[Headers.Kenmerk] = zaak.Zaaknummer;
        }
        headers[Headers.Sjabloonversie] = pipeline.Header;
        if (result.Files.FirstOrDefault(f => f.FileName.EndsWith("." + DocumentFormats.Pdf, StringComparison.Ordinal)) is { } pdf)
        {
            headers[Headers.Paginas] = PdfPageCount.Of(pdf.Content).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        if (result.Diagnostics.Count > 0)
        {
            headers[Headers.Waarschuwingen] = string.Join(',', result.Diagnostics.Select(d => d.Code).Distinct());
        }
        var fileName = single?.FileName ?? $"{Path.GetFileNameWithoutExtension(result.Files[0].FileName)}.zip";
        var mediaType = single is null ? MediaTypes.Zip : MediaTypes.Of(formats[0]);
        return (new Answer(Results.File(body, mediaType, fileName), StatusCodes.Status200OK, "ok", Convert.ToHexStringLower(SHA256.HashData(body)), zaak?.Zaaknummer), pipeline);
    }

    /// <summary>The document as the audit trail and the log name it: an id we know, else <c>(onbekend)</c>.</summary>
    public static string KnownDocument(string? id) => DocumentDefinitions.Find(id ?? "")?.Id ?? "(onbekend)";

    private static Answer Failed(IReadOnlyList<Diagnostic> diagnostics) => Refused(Problem.For(diagnostics));

    private static Answer Refused(Problem.ProblemResult refusal) => new(refusal, refusal.StatusCode, refusal.Code);
}
