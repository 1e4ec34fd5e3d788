using System.Text;
using Smi.Docs.Formatting;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Storage;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// <c>/studio/gebruikers</c>, for a beheerder only: the municipality's accounts, and a new one (the same store as
/// <c>smi-docs users add</c>). A password left empty is generated and shown once.
/// </summary>
internal static class AccountsPage
{
    public static async Task<IResult> ShowAsync(HttpContext context, StudioSession session, DatabaseHost storage) =>
        Allowed(context, session) ?? await ListAsync(context, session, storage, "", StatusCodes.Status200OK);

    public static async Task<IResult> AddAsync(HttpContext context, StudioSession session, DatabaseHost storage)
    {
        if (Allowed(context, session) is { } refusal)
        {
            return refusal;
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var naam = form["gebruikersnaam"].ToString().Trim();
        var rol = StudioRoles.Parse(form["rol"].ToString());
        var talen = form["talen"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var password = form["wachtwoord"].ToString();
        var generated = password.Length == 0;
        if (generated)
        {
            password = StudioPasswords.Generate();
        }
        var problem = naam.Length == 0 ? "Vul een gebruikersnaam in."
            : rol is null ? $"Kies een rol: {StudioRoles.Listing}."
            : rol == StudioRole.Vertaler && (talen.Length == 0 || talen.Any(t => DocumentLanguage.Find(t) is not { IsDutch: false }))
                ? $"Een vertaler heeft een of meer talen: {string.Join(", ", DocumentLanguage.All.Where(l => !l.IsDutch).Select(l => l.Code))}."
            : password.Length < StudioPasswords.MinimumLength ? $"Een wachtwoord heeft minstens {StudioPasswords.MinimumLength} tekens."
            : null;
        if (problem is not null)
        {
            return await ListAsync(context, session, storage, Alert(problem, error: true), StatusCodes.Status422UnprocessableEntity);
        }
        var account = await new StudioAccountStore(storage.Database).AddAsync(session.Tenant.Id, naam, password, rol!.Value, talen, context.RequestAborted);
        var notice = account is null
            ? Alert("Er is al een gebruiker met deze naam.", error: true)
            : Alert(generated ? $"Gebruiker {naam} is toegevoegd. Het wachtwoord is {password}. Het wordt maar één keer getoond." : $"Gebruiker {naam} is toegevoegd.", error: false);
        return await ListAsync(context, session, storage, notice, account is null ? StatusCodes.Status409Conflict : StatusCodes.Status200OK);
    }

    private static IResult? Allowed(HttpContext context, StudioSession session) =>
        session.Account.MayManageAccounts ? null : Page(context, "Geen toegang", Alert("Alleen een beheerder beheert de gebruikers.", error: true), session, StatusCodes.Status403Forbidden);

    private static async Task<IResult> ListAsync(HttpContext context, StudioSession session, DatabaseHost storage, string notice, int status)
    {
        var rows = new StringBuilder();
        foreach (var account in await new StudioAccountStore(storage.Database).ListAsync(session.Tenant.Id, context.RequestAborted))
        {
            rows.Append($"<tr class=\"utrecht-table__row\"><th scope=\"row\" class=\"utrecht-table__header-cell\">{Encode(account.Naam)}</th>")
                .Append($"<td class=\"utrecht-table__cell\">{Encode(account.Rol.Name())}</td><td class=\"utrecht-table__cell\">{Encode(string.Join(", ", account.Talen))}</td></tr>");
        }
        var roles = string.Concat(StudioRoles.All.Select(r => $"<option value=\"{r.Name()}\">{r.Name()}</option>"));
        var body = notice +
            "<table class=\"utrecht-table\"><caption class=\"utrecht-table__caption\">Gebruikers</caption><thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">" +
            "<th scope=\"col\" class=\"utrecht-table__header-cell\">Naam</th><th scope=\"col\" class=\"utrecht-table__header-cell\">Rol</th><th scope=\"col\" class=\"utrecht-table__header-cell\">Talen</th></tr></thead>" +
            $"<tbody class=\"utrecht-table__body\">{rows}</tbody></table>" +
            "<h2 class=\"utrecht-heading-2\">Gebruiker toevoegen</h2>" +
            $"<form method=\"post\" action=\"{StudioRoutes.Accounts}\">{Token(context)}" +
            "<div class=\"studio-form-field\"><label class=\"utrecht-form-label\" for=\"gebruikersnaam\">Gebruikersnaam</label><input class=\"utrecht-textbox utrecht-textbox--html-input\" id=\"gebruikersnaam\" name=\"gebruikersnaam\" type=\"text\" required></div>" +
            $"<div class=\"studio-form-field\"><label class=\"utrecht-form-label\" for=\"rol\">Rol</label><select class=\"utrecht-select utrecht-select--html-select\" id=\"rol\" name=\"rol\">{roles}</select></div>" +
            "<div class=\"studio-form-field\"><label class=\"utrecht-form-label\" for=\"talen\">Talen (alleen voor een vertaler, bijvoorbeeld en,ar)</label><input class=\"utrecht-textbox utrecht-textbox--html-input\" id=\"talen\" name=\"talen\" type=\"text\"></div>" +
            $"<div class=\"studio-form-field\"><label class=\"utrecht-form-label\" for=\"wachtwoord\">Wachtwoord (leeg: er wordt er een gemaakt; minstens {StudioPasswords.MinimumLength} tekens)</label><input class=\"utrecht-textbox utrecht-textbox--html-input\" id=\"wachtwoord\" name=\"wachtwoord\" type=\"password\" autocomplete=\"new-password\"></div>" +
            "<button type=\"submit\" class=\"utrecht-button utrecht-button--primary-action\">Toevoegen</button></form>";
        return Page(context, "Gebruikers", body, session, status);
    }
}
