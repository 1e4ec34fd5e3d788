using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// The studio's pages as HTML: one layout (NL Design System classes, a skip link, Dutch), every value through
/// <see cref="Encode"/>. Pages are plain forms that work without script; studio.js only enhances the editor.
/// </summary>
internal static class StudioHtml
{
    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    /// <summary>The hidden anti-forgery field every form carries (and studio.js sends as a header).</summary>
    public static string Token(HttpContext context)
    {
        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        return $"<input type=\"hidden\" name=\"{Encode(tokens.FormFieldName)}\" value=\"{Encode(tokens.RequestToken)}\">";
    }

    public static IResult Page(HttpContext context, string title, string body, StudioSession? session, int status = StatusCodes.Status200OK, bool script = false)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"nl\" dir=\"ltr\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append($"<title>{Encode(title)} – Teksten aanpassen</title>")
            .Append($"<link rel=\"stylesheet\" href=\"{StudioRoutes.Assets}/studio.css\">");
        if (script)
        {
            // The nonce is for the style element CodeMirror adds (StudioSecurityHeaders.Page); studio.js reads it from its own tag.
            html.Append($"<script src=\"{StudioRoutes.Assets}/studio.js\" nonce=\"{Encode(StudioSecurityHeaders.NewStyleNonce(context))}\" defer></script>");
        }
        html.Append("</head><body class=\"utrecht-theme utrecht-document utrecht-document--surface\">")
            .Append("<a class=\"utrecht-link utrecht-skip-link utrecht-skip-link--visible-on-focus\" href=\"#inhoud\">Naar de inhoud</a>")
            .Append("<div class=\"studio-page\"><header class=\"studio-header utrecht-page-header\">")
            .Append($"<p class=\"utrecht-paragraph\"><a class=\"utrecht-link\" href=\"{StudioRoutes.Root}\">Teksten aanpassen</a></p>");
        if (session is not null)
        {
            html.Append("<nav aria-label=\"Account\" class=\"studio-actions\">")
                .Append($"<span class=\"utrecht-paragraph\">{Encode(session.Account.Naam)} ({Encode(session.Account.Rol.ToString().ToLowerInvariant())}), {Encode(session.Tenant.Naam)}</span>");
            if (session.Account.MayManageAccounts)
            {
                html.Append($"<a class=\"utrecht-link\" href=\"{StudioRoutes.Accounts}\">Gebruikers</a>")
                    .Append($"<a class=\"utrecht-link\" href=\"{StudioRoutes.Exchange}\">Uitwisselen</a>");
            }
            html.Append($"<form method=\"post\" action=\"{StudioRoutes.SignOut}\">{Token(context)}")
                .Append("<button type=\"submit\" class=\"utrecht-button utrecht-button--secondary-action\">Uitloggen</button></form></nav>");
        }
        html.Append("</header><main id=\"inhoud\" class=\"utrecht-page-content\">")
            .Append($"<h1 class=\"utrecht-heading-1\">{Encode(title)}</h1>")
            .Append(body)
            .Append("</main></div></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static string Alert(string text, bool error) =>
        $"<div class=\"utrecht-alert utrecht-alert--{(error ? "error" : "info")}\" role=\"{(error ? "alert" : "status")}\"><p class=\"utrecht-paragraph\">{Encode(text)}</p></div>";
}
