using System.Globalization;
using System.Text;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Storage;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// <c>/studio/{document}/{taal}/versies</c>: every version of one template with its state, author, time, comment, approver
/// and the date from which it applies. A draft is proposed; a beheerder who did not write it publishes it with that date
/// (vier ogen); a published version can be proposed again (rollback: a new version with its exact text, published by
/// a second person like any other, so the history stays whole). Forms only, no script.
/// </summary>
internal static class VersionsPage
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static async Task<IResult> ShowAsync(HttpContext context, StudioSession session, DatabaseHost storage, TimeProvider time, string document, string taal)
    {
        if (EditorPage.Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var notice = context.Request.Query["gedaan"].ToString() switch
        {
            "voorgesteld" => Alert("De tekst is voorgesteld. Een beheerder die hem niet schreef, kan hem nu publiceren.", error: false),
            "gepubliceerd" => Alert("De tekst is gepubliceerd.", error: false),
            _ => "",
        };
        return await ListAsync(context, session, storage, time, template!, notice, StatusCodes.Status200OK);
    }

    public static async Task<IResult> ProposeAsync(HttpContext context, StudioSession session, DatabaseHost storage, TimeProvider time, string document, string taal, string id)
    {
        if (EditorPage.Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var store = new TemplateVersionStore(storage.Database);
        if (await OfTemplateAsync(store, session, template!, id, context.RequestAborted) is null || !await store.ProposeAsync(session.Tenant.Id, id, context.RequestAborted))
        {
            return await ListAsync(context, session, storage, time, template!, Alert("Deze versie is geen concept van deze tekst.", error: true), StatusCodes.Status409Conflict);
        }
        return Results.Redirect(StudioRoutes.Versions(document, taal) + "?gedaan=voorgesteld");
    }

    /// <summary>A rollback: the earlier published text as a new proposal, checked again (the base set may have changed since).</summary>
    public static async Task<IResult> RollBackAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage, TimeProvider time, string document, string taal, string id)
    {
        if (EditorPage.Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        var store = new TemplateVersionStore(storage.Database);
        if (await OfTemplateAsync(store, session, template!, id, context.RequestAborted) is not { IsPublished: true } earlier)
        {
            return await ListAsync(context, session, storage, time, template!, Alert("Alleen een gepubliceerde versie kan terug.", error: true), StatusCodes.Status409Conflict);
        }
        if (workbench.Check(session.Tenant, template!, earlier.Tekst).Errors > 0)
        {
            return await ListAsync(context, session, storage, time, template!,
                Alert("Deze versie past niet meer bij de andere teksten: de controle vindt fouten. Open hem in de editor en los ze op.", error: true), StatusCodes.Status422UnprocessableEntity);
        }
        await store.ProposeRollbackAsync(session.Tenant.Id, id, session.Account.Id,
            $"Terug naar de versie {id} van {earlier.ValidFrom?.ToString("d MMMM yyyy", Dutch)}", context.RequestAborted);
        return Results.Redirect(StudioRoutes.Versions(document, taal) + "?gedaan=voorgesteld");
    }

    public static async Task<IResult> PublishAsync(HttpContext context, StudioSession session, StudioWorkbench workbench, DatabaseHost storage, TimeProvider time, string document, string taal, string id)
    {
        if (EditorPage.Allowed(context, session, document, taal, out var template) is { } refusal)
        {
            return refusal;
        }
        if (session.Account.Rol != StudioRole.Beheerder)
        {
            return Page(context, "Geen toegang", Alert("Alleen een beheerder publiceert een tekst.", error: true), session, StatusCodes.Status403Forbidden);
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var store = new TemplateVersionStore(storage.Database);
        async Task<IResult> Refuse(string message, int status) => await ListAsync(context, session, storage, time, template!, Alert(message, error: true), status);
        if (await OfTemplateAsync(store, session, template!, id, context.RequestAborted) is not { } version)
        {
            return await Refuse("Deze versie bestaat niet.", StatusCodes.Status404NotFound);
        }
        if (!DateOnly.TryParseExact(form["geldig-vanaf"].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var validFrom))
        {
            return await Refuse("Vul de datum in vanaf wanneer de tekst geldt.", StatusCodes.Status422UnprocessableEntity);
        }
        if (validFrom < Today(time))
        {
            // A letter already sent keeps the text it was made with: a publication never reaches back.
            return await Refuse("Kies vandaag of een latere datum.", StatusCodes.Status422UnprocessableEntity);
        }
        if (workbench.Check(session.Tenant, template!, version.Tekst).Errors > 0)
        {
            return await Refuse("De controle vindt fouten in deze tekst. Hij wordt niet gepubliceerd.", StatusCodes.Status422UnprocessableEntity);
        }
        return await store.PublishAsync(session.Tenant.Id, id, session.Account.Id, validFrom, context.RequestAborted) switch
        {
            TemplateVersionPublishOutcome.Published => Results.Redirect(StudioRoutes.Versions(document, taal) + "?gedaan=gepubliceerd"),
            TemplateVersionPublishOutcome.OwnText => await Refuse("U schreef deze tekst. Een andere beheerder publiceert hem (vier ogen).", StatusCodes.Status403Forbidden),
            TemplateVersionPublishOutcome.NotFound => await Refuse("Deze versie bestaat niet.", StatusCodes.Status404NotFound),
            _ => await Refuse("Alleen een voorgestelde versie kan worden gepubliceerd.", StatusCodes.Status409Conflict),
        };
    }

    /// <summary>The text a template has now for this tenant: its newest publication, else the file in the tenant's set.</summary>
    public static async Task<string?> PublishedTextAsync(StudioWorkbench workbench, DatabaseHost storage, Tenant tenant, StudioTemplate template, CancellationToken cancellationToken)
    {
        var store = new TemplateVersionStore(storage.Database);
        var newest = TemplateVersionSelection.ValidOn(await store.PublishedAsync(tenant.Id, cancellationToken), null)
            .FirstOrDefault(v => v.Document == template.Document && v.Taal == template.Language.Code);
        return newest is not null && await store.FindAsync(tenant.Id, newest.Id, cancellationToken) is { } full ? full.Tekst : workbench.BaseText(tenant, template);
    }

    /// <summary>Today in the Netherlands: the first day a publication may apply from.</summary>
    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);

    /// <summary>The tenant's version with this id, only when it is a version of this template (the URL says which).</summary>
    private static async Task<StoredTemplateVersion?> OfTemplateAsync(TemplateVersionStore store, StudioSession session, StudioTemplate template, string id, CancellationToken cancellationToken) =>
        await store.FindAsync(session.Tenant.Id, id, cancellationToken) is { } version && version.Document == template.Document && version.Taal == template.Language.Code
            ? version : null;

    private static async Task<IResult> ListAsync(HttpContext context, StudioSession session, DatabaseHost storage, TimeProvider time, StudioTemplate template, string notice, int status)
    {
        var history = await new TemplateVersionStore(storage.Database).HistoryAsync(session.Tenant.Id, template.Document, template.Language.Code, context.RequestAborted);
        var names = (await new StudioAccountStore(storage.Database).ListAsync(session.Tenant.Id, context.RequestAborted)).ToDictionary(a => a.Id, a => a.Naam);
        var today = Today(time);
        var current = TemplateVersionSelection.ValidOn(history, today).FirstOrDefault();
        var rows = new StringBuilder();
        foreach (var version in history)
        {
            var state = version.IsPublished
                ? version == current ? "gepubliceerd, geldt nu" : version.ValidFrom > today ? "gepubliceerd, geldt later" : "gepubliceerd"
                : version.State;
            rows.Append("<tr class=\"utrecht-table__row\">")
                .Append($"<th scope=\"row\" class=\"utrecht-table__header-cell\"><code>{Encode(version.Id)}</code></th>")
                .Append(Cell(state))
                .Append(Cell(names.GetValueOrDefault(version.AuthorId, "?")))
                .Append(Cell(Time(version.CreatedAt)))
                .Append(Cell(version.Comment.Length == 0 ? "–" : version.Comment))
                .Append(Cell(version.ApprovedBy is null ? "–" : names.GetValueOrDefault(version.ApprovedBy, "?")))
                .Append(Cell(version.ApprovedAt is { } approved ? Time(approved) : "–"))
                .Append(Cell(version.ValidFrom?.ToString("d MMMM yyyy", Dutch) ?? "–"))
                .Append($"<td class=\"utrecht-table__cell\">{Action(context, session, template, version, today)}</td></tr>");
        }
        var table = history.Count == 0
            ? "<p class=\"utrecht-paragraph\">Deze tekst heeft nog geen versies. De brieven gebruiken de tekst uit de basisset.</p>"
            : "<table class=\"utrecht-table\"><caption class=\"utrecht-table__caption\">Versies, nieuwste eerst</caption><thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">" +
              string.Concat(new[] { "Versie", "Status", "Auteur", "Opgeslagen", "Opmerking", "Goedgekeurd door", "Goedgekeurd op", "Geldt vanaf", "Actie" }
                  .Select(h => $"<th scope=\"col\" class=\"utrecht-table__header-cell\">{h}</th>")) +
              $"</tr></thead><tbody class=\"utrecht-table__body\">{rows}</tbody></table>";
        var body = notice +
            $"<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"{Encode(StudioRoutes.Editor(template.Document, template.Language.Code))}\">Terug naar de tekst</a></p>" +
            "<p class=\"utrecht-paragraph\">Een brief krijgt de tekst die geldt op de datum van het besluit. Een beheerder die de tekst niet schreef, publiceert hem. " +
            "Terugzetten maakt een nieuwe versie met precies de oude tekst; die wordt gepubliceerd zoals elke andere.</p>" + table;
        return Page(context, $"Versies van {template.Document} ({template.Language.Endonym})", body, session, status);
    }

    private static string Action(HttpContext context, StudioSession session, StudioTemplate template, StoredTemplateVersion version, DateOnly today)
    {
        string Button(string route, string label, string fields = "") =>
            $"<form method=\"post\" action=\"{Encode(route)}\" class=\"studio-actions\">{Token(context)}{fields}" +
            $"<button type=\"submit\" class=\"utrecht-button utrecht-button--secondary-action\">{label}<span class=\"studio-visually-hidden\"> versie {Encode(version.Id)}</span></button></form>";
        var (document, taal) = (template.Document, template.Language.Code);
        return version.State switch
        {
            TemplateVersionStates.Concept => Button(StudioRoutes.VersionAction(document, taal, version.Id, "voorstellen"), "Voorstellen"),
            TemplateVersionStates.Voorgesteld when session.Account.Rol != StudioRole.Beheerder => "Wacht op een beheerder",
            TemplateVersionStates.Voorgesteld when version.AuthorId == session.Account.Id => "Een andere beheerder publiceert uw tekst",
            TemplateVersionStates.Voorgesteld => Button(StudioRoutes.VersionAction(document, taal, version.Id, "publiceren"), "Publiceren",
                $"<label class=\"utrecht-form-label\" for=\"geldig-vanaf-{Encode(version.Id)}\">Geldt vanaf</label>" +
                $"<input class=\"utrecht-textbox utrecht-textbox--html-input\" type=\"date\" id=\"geldig-vanaf-{Encode(version.Id)}\" name=\"geldig-vanaf\" required " +
                $"min=\"{today:yyyy-MM-dd}\" value=\"{today:yyyy-MM-dd}\">"),
            TemplateVersionStates.Gepubliceerd => Button(StudioRoutes.VersionAction(document, taal, version.Id, "terugzetten"), "Terugzetten"),
            _ => "",
        };
    }

    private static string Cell(string text) => $"<td class=\"utrecht-table__cell\">{Encode(text)}</td>";

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("d MMMM yyyy HH:mm", Dutch) + " UTC";
}
