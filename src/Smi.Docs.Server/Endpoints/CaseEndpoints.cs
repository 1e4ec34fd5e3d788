using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Calculation.Termijnen;
using Smi.Docs.Composition;
using Smi.Docs.Diagnostics;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Http;
using Smi.Docs.Server.Tenancy;

namespace Smi.Docs.Server.Endpoints;

/// <summary>
/// What a case system can ask about a case without a document: is it complete for a document
/// (<c>POST /api/v1/validaties</c>), and what does it come to (<c>POST /api/v1/berekeningen</c>, the JSON of
/// <c>smi-docs bereken --json</c>).
/// </summary>
internal static class CaseEndpoints
{
    /// <summary>
    /// Every problem of the case at once, by the reader and, with <c>?document=</c>, by the document's own check (the
    /// pipeline's plan, which renders nothing): 200 with the warnings when there is none, else the same problem answer
    /// a render would give.
    /// </summary>
    public static async Task<IResult> ValidateAsync(HttpContext context, ServerSettings settings, PipelineCache pipelines, TenantProfiles profiles)
    {
        var (zaak, refusal) = await CaseBody.ReadAsync(context.Request, settings, required: true);
        if (refusal is not null)
        {
            return refusal;
        }
        var (options, optionRefusal) = RequestOptions.Read(context.Request);
        if (optionRefusal is not null)
        {
            return optionRefusal;
        }
        IReadOnlyList<Diagnostic> warnings = [];
        if (context.Request.Query["document"].FirstOrDefault() is { } document)
        {
            try
            {
                var caller = context.Caller();
                var plan = pipelines.For(caller.Tenant.TemplatesPath).Pipeline.Composer.Plan(
                    new DocumentRequest(zaak, profiles.For(caller.Tenant), document, options!.Language) { Bundle = options.Bundle, FallbackToDutch = options.FallbackToDutch });
                warnings = plan.Warnings;
            }
            catch (SmiDocsException e)
            {
                return Problem.For(e.Diagnostics);
            }
        }
        return ApiJson.Of(new { geldig = true, diagnostics = warnings.Select(DiagnosticJson.From) });
    }

    public static async Task<IResult> CalculateAsync(HttpContext context, ServerSettings settings, TenantProfiles profiles)
    {
        var (zaak, refusal) = await CaseBody.ReadAsync(context.Request, settings, required: true);
        if (refusal is not null)
        {
            return refusal;
        }
        try
        {
            var beleid = profiles.For(context.Caller().Tenant).Beleid;
            var berekening = CaseCalculation.Make(zaak!, beleid, TariefTabellen.Standaard);
            var json = BerekeningJson.Serialize(berekening.OursOrThrow, Termijnberekening.Voor(zaak!, beleid));
            if (berekening.Warnings.Count > 0)
            {
                context.Response.Headers[Headers.Waarschuwingen] = string.Join(',', berekening.Warnings.Select(d => d.Code).Distinct());
            }
            return Results.Text(json, MediaTypes.Json);
        }
        catch (SmiDocsException e)
        {
            return Problem.For(e.Diagnostics);
        }
    }
}
