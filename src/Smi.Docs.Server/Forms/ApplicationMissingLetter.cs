using System.Text;
using System.Text.Json.Nodes;
using Smi.Docs.Diagnostics;
using Smi.Docs.Forms;
using Smi.Docs.Server.Endpoints;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Http;

namespace Smi.Docs.Server.Forms;

/// <summary>
/// GET /api/v1/aanvragen/{id}/ontbrekende-gegevens: the draft ontbrekende-gegevens letter for a sent application that lacks
/// items (<see cref="FormMissingItems"/>). The stored case with those items goes through the same render as
/// POST /api/v1/documenten/ontbrekende-gegevens (formats by Accept or ?formaat=, the audit trail, the PDF queue), so the
/// hersteltermijn is the engine's own: the profile's days from the letter's date, which is the received date
/// (FormCase's besluitdatum), moved under the Algemene termijnenwet. The letter is in the parent's language unless ?taal= says otherwise.
/// </summary>
internal static class ApplicationMissingLetter
{
    public const string Document = "ontbrekende-gegevens";

    public static async Task<IResult> DraftAsync(HttpContext context, DatabaseHost storage, DocumentRender render, string id)
    {
        if (await ApplicationEndpoints.FindAsync(context, storage, id) is not { Zaak: { } stored } application)
        {
            return ApplicationEndpoints.NotFound();
        }
        var missing = FormMissingItems.Of(FormAnswers.FromJson(application.Antwoorden));
        if (missing.Count == 0)
        {
            return Problem.For(StatusCodes.Status404NotFound, [Diagnostic.Error(ServerCodes.NotFound,
                "nothing is missing in this application (every attachment ticked, the income filled in); there is no letter to draft", new SourceLocation("{id}"))]);
        }
        var zaak = FormMissingItems.WithMissing((JsonObject)JsonNode.Parse(stored)!, missing);
        var request = context.Request;
        var body = Encoding.UTF8.GetBytes(zaak.ToJsonString());
        request.Body = new MemoryStream(body);
        request.ContentLength = body.Length;
        request.ContentType = "application/json";
        if (!request.Query.ContainsKey("taal"))
        {
            request.QueryString = request.QueryString.Add("taal", application.Taal);
        }
        return await render.HandleAsync(Document, context);
    }
}
