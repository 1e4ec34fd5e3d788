using Smi.Docs.Server.Hosting;
using Smi.Docs.Storage;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// Signing in to the studio: municipality, name and password. A wrong name and a wrong password get the same answer;
/// after <see cref="StudioAccountStore.MaxFailedSignIns"/> wrong passwords the account waits
/// <see cref="StudioAccountStore.LockOutTime"/>, and each client address has a rate (StudioSettings.SignInsPerMinute).
/// </summary>
internal static class SignInPage
{
    public const string RateLimitPolicy = "studio-inloggen";

    public static IResult Show(HttpContext context) => Form(context, null, StatusCodes.Status200OK);

    public static async Task<IResult> SubmitAsync(HttpContext context, DatabaseHost storage)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var tenant = form["gemeente"].ToString().Trim();
        var naam = form["gebruikersnaam"].ToString().Trim();
        var password = form["wachtwoord"].ToString();
        if (tenant.Length == 0 || naam.Length == 0 || password.Length == 0)
        {
            return Form(context, "Vul de gemeente, uw gebruikersnaam en uw wachtwoord in.", StatusCodes.Status400BadRequest, tenant, naam);
        }
        var result = await new StudioAccountStore(storage.Database).SignInAsync(tenant, naam, password, context.RequestAborted);
        if (result.LockedOut)
        {
            return Form(context, $"Er is te vaak een verkeerd wachtwoord gebruikt. Probeer het over {StudioAccountStore.LockOutTime.TotalMinutes:0} minuten opnieuw.",
                StatusCodes.Status423Locked, tenant, naam);
        }
        if (result.Account is not { } account)
        {
            return Form(context, "De gemeente, de gebruikersnaam of het wachtwoord klopt niet.", StatusCodes.Status401Unauthorized, tenant, naam);
        }
        await StudioAuth.SignInAsync(context, account);
        return Results.Redirect(StudioRoutes.Root);
    }

    public static async Task<IResult> SignOutAsync(HttpContext context)
    {
        await StudioAuth.SignOutAsync(context);
        return Results.Redirect(StudioRoutes.SignIn);
    }

    private static IResult Form(HttpContext context, string? problem, int status, string tenant = "", string naam = "")
    {
        var body = (problem is null ? "" : Alert(problem, error: true)) +
            $"<form method=\"post\" action=\"{StudioRoutes.SignIn}\" class=\"utrecht-form\">{Token(context)}" +
            Field("gemeente", "Gemeente (bijvoorbeeld voorbeeldstad)", "text", tenant, "organization") +
            Field("gebruikersnaam", "Gebruikersnaam", "text", naam, "username") +
            Field("wachtwoord", "Wachtwoord", "password", "", "current-password") +
            "<button type=\"submit\" class=\"utrecht-button utrecht-button--primary-action\">Inloggen</button></form>";
        return Page(context, "Inloggen", body, session: null, status);
    }

    private static string Field(string name, string label, string type, string value, string autocomplete) =>
        $"<div class=\"studio-form-field utrecht-form-field\"><label class=\"utrecht-form-label\" for=\"{name}\">{Encode(label)}</label>" +
        $"<input class=\"utrecht-textbox utrecht-textbox--html-input\" id=\"{name}\" name=\"{name}\" type=\"{type}\" value=\"{Encode(value)}\" autocomplete=\"{autocomplete}\" required></div>";
}
