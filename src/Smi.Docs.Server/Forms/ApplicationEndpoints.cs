using System.Text.Json.Nodes;
using Smi.Docs.Diagnostics;
using Smi.Docs.Forms;
using Smi.Docs.Server.Attachments;
using Smi.Docs.Server.Endpoints;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Http;
using Smi.Docs.Server.Tenancy;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Forms;

/// <summary>
/// Sent online applications for the municipality's own system (behind the API key, the key's tenant only): the list
/// waiting, one with its case (schemas/smi-case.schema.json, ready for /api/v1/documenten) and the answers, and the call
/// that marks it taken, after which the BSNs are no longer kept (basislijn 13). Drafts are the parent's and never shown.
/// </summary>
internal static class ApplicationEndpoints
{
    public const string Path = "/aanvragen";

    /// <summary>One application: what it is, and for one application alone its case, answers and attached files.</summary>
    /// <param name="Taal">The language the parent used (the case itself has no place for it).</param>
    public sealed record Application(string Id, string Status, string Taal, DateTimeOffset? Ontvangen, DateTimeOffset? Afgenomen, JsonNode? Zaak, JsonNode? Antwoorden, IReadOnlyList<File>? Bestanden);

    /// <summary>A file the parent attached: which attachment of the form it is, its type by content, size, SHA-256 and where to fetch it.</summary>
    /// <param name="Soort">The option of the form's bijlagen list: inkomen, inkomen-partner, opvang, bankpas, hulpverlener.</param>
    public sealed record File(string Id, string Soort, string MediaType, long Grootte, string Sha256, string Href);

    public static async Task<IResult> ListAsync(HttpContext context, DatabaseHost storage)
    {
        var status = context.Request.Query["status"].FirstOrDefault() ?? ApplicationStore.New;
        if (status is not (ApplicationStore.New or ApplicationStore.Taken))
        {
            return Problem.For(StatusCodes.Status400BadRequest, [Diagnostic.Error(ServerCodes.InvalidParameter,
                $"status is '{ApplicationStore.New}' or '{ApplicationStore.Taken}'", new SourceLocation("?status"))]);
        }
        var limit = 100;
        if (context.Request.Query["limiet"].FirstOrDefault() is { } text && !int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out limit))
        {
            return Problem.For(StatusCodes.Status400BadRequest, [Diagnostic.Error(ServerCodes.InvalidParameter, "limiet takes a whole number from 1 to 1000", new SourceLocation("?limiet"))]);
        }
        var list = await new ApplicationStore(storage.Database).ListAsync(context.Caller().Tenant.Id, status, limit, context.RequestAborted);
        return ApiJson.Of(list.Select(a => Summary(a, full: false)).ToList());
    }

    public static async Task<IResult> GetAsync(HttpContext context, DatabaseHost storage, string id) =>
        await FindAsync(context, storage, id) is { } application ? ApiJson.Of(Summary(application, full: true)) : NotFound();

    /// <summary>Marks it taken and drops the BSNs from the answers; taken twice is the same as once.</summary>
    public static async Task<IResult> MarkTakenAsync(HttpContext context, DatabaseHost storage, string id)
    {
        var store = new ApplicationStore(storage.Database);
        if (await FindAsync(context, storage, id) is not { } application)
        {
            return NotFound();
        }
        if (application.Status == ApplicationStore.New)
        {
            var answers = FormAnswers.FromJson(application.Antwoorden);
            foreach (var values in answers.Kinderen.Prepend(answers.Values))
            {
                foreach (var bsn in FormAnswerValidator.BsnFields)
                {
                    values.Remove(bsn);
                }
            }
            await store.MarkTakenAsync(application.TenantId, application.Id, answers.ToJson(), DateTimeOffset.UtcNow, context.RequestAborted);
            application = (await store.FindAsync(application.TenantId, application.Id, context.RequestAborted))!;
        }
        return ApiJson.Of(Summary(application, full: true));
    }

    /// <summary>
    /// One attached file, as the parent sent it (PDF, JPEG or PNG, checked by content when it arrived), as a download: an
    /// attachment is evidence for the officer, never shown inline in the API's own origin.
    /// </summary>
    public static async Task<IResult> FileAsync(HttpContext context, DatabaseHost storage, AttachmentStore files, string id, string bestand)
    {
        if (await FindAsync(context, storage, id) is not { } application)
        {
            return NotFound();
        }
        var file = FormAnswers.FromJson(application.Antwoorden).Bestanden.FirstOrDefault(f => f.Id == bestand);
        if (file is null || AttachmentKinds.FromExtension(file.Type) is not { } kind || await files.ReadAsync(application.TenantId, file, context.RequestAborted) is not { } content)
        {
            return Problem.For(StatusCodes.Status404NotFound, [Diagnostic.Error(ServerCodes.NotFound, "this application has no file with this id", new SourceLocation("{bestand}"))]);
        }
        // A parent's file from this origin: never sniffed into something else, and sandboxed should a browser open it anyway.
        context.Response.Headers.XContentTypeOptions = "nosniff";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        return Results.File(content, AttachmentKinds.MediaType(kind), $"{application.Id}-{file.Soort}-{file.Id[..8]}.{file.Type}");
    }

    internal static async Task<StoredApplication?> FindAsync(HttpContext context, DatabaseHost storage, string id) =>
        await new ApplicationStore(storage.Database).FindAsync(context.Caller().Tenant.Id, id, context.RequestAborted) is { } found && found.Status != ApplicationStore.Draft
            ? found
            : null;

    internal static IResult NotFound() =>
        Problem.For(StatusCodes.Status404NotFound, [Diagnostic.Error(ServerCodes.NotFound, "no sent application with this id for this municipality", new SourceLocation("{id}"))]);

    private static Application Summary(StoredApplication a, bool full) =>
        new(a.Id, a.Status, a.Taal, a.OntvangenAt, a.AfgenomenAt,
            full && a.Zaak is { } zaak ? JsonNode.Parse(zaak) : null,
            full ? JsonNode.Parse(a.Antwoorden) : null,
            full ? Files(a) : null);

    private static List<File> Files(StoredApplication a) =>
        [.. FormAnswers.FromJson(a.Antwoorden).Bestanden.Select(f => new File(f.Id, f.Soort,
            AttachmentKinds.FromExtension(f.Type) is { } kind ? AttachmentKinds.MediaType(kind) : "application/octet-stream", f.Grootte, f.Sha256,
            $"/api/v1{Path}/{Uri.EscapeDataString(a.Id)}/bestanden/{f.Id}"))];
}
