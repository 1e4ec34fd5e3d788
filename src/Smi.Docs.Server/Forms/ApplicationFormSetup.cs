using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Smi.Docs.Server.Forms;

/// <summary>
/// The online application form (issue 17) in the service's process: <see cref="AddApplicationForm"/> registers the forms
/// in every language and a rate per address; <see cref="MapApplicationForm"/> its pages under <c>/formulier/{gemeente}</c>
/// (a tenant id). Pages are minimal-API handlers that return HTML, as the studio's (docs/architecture.md §14).
/// </summary>
internal static class ApplicationFormSetup
{
    public const string RateLimitPolicy = "formulier";

    /// <summary>POSTs per minute from one address: a parent needs a few a minute; a script trying resume codes needs many.</summary>
    private const int PostsPerMinute = 60;

    public static IServiceCollection AddApplicationForm(this IServiceCollection services)
    {
        services.AddSingleton<WebForms>();
        // Retention (hourly job, BatchJobHost) and the webhook's delivery job (ApplicationRetention.cs, ApplicationWebhookJobs.cs).
        services.AddSingleton(sp => ApplicationRetentionSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddTransient<ApplicationRetention>();
        services.AddTransient<ApplicationWebhookJobs>();
        services.AddOptions<RateLimiterOptions>().Configure(options =>
            options.AddPolicy(RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = PostsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })));
        return services;
    }

    public static WebApplication MapApplicationForm(this WebApplication app)
    {
        app.Use(ApplySecurityHeadersAsync);
        app.MapGet(Routes.Assets + "/formulier.css", () => ServeAsset("formulier.css", "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapGet(Routes.Assets + "/formulier.js", () => ServeAsset("formulier.js", "text/javascript; charset=utf-8")).ExcludeFromDescription();
        var form = app.MapGroup(Routes.Prefix + "/{gemeente}").AddEndpointFilter(RefuseOtherSitesAsync).ExcludeFromDescription();
        form.MapGet("", (HttpContext c, string gemeente, string? taal) => FormPages.StartAsync(c, gemeente, taal));
        form.MapPost("/beginnen", (HttpContext c, string gemeente, string? taal) => FormPages.BeginAsync(c, gemeente, taal)).RequireRateLimiting(RateLimitPolicy);
        form.MapPost("/verder", (HttpContext c, string gemeente, string? taal) => FormPages.ResumeAsync(c, gemeente, taal)).RequireRateLimiting(RateLimitPolicy);
        form.MapGet("/stap/{step:int}", (HttpContext c, string gemeente, int step, string? taal) => FormPages.StepAsync(c, gemeente, step, taal));
        form.MapPost("/stap/{step:int}", (HttpContext c, string gemeente, int step, string? taal) => FormPages.SaveStepAsync(c, gemeente, step, taal)).RequireRateLimiting(RateLimitPolicy);
        form.MapPost("/stap/{step:int}/bewaren", (HttpContext c, string gemeente, int step, string? taal) => FormPages.AutosaveAsync(c, gemeente, step, taal)).RequireRateLimiting(RateLimitPolicy);
        form.MapGet("/controle", (HttpContext c, string gemeente, string? taal) => FormPages.ReviewAsync(c, gemeente, taal));
        form.MapPost("/versturen", (HttpContext c, string gemeente, string? taal) => FormPages.SendAsync(c, gemeente, taal)).RequireRateLimiting(RateLimitPolicy);
        form.MapGet("/privacy", (HttpContext c, string gemeente, string? taal) => FormPages.PrivacyAsync(c, gemeente, taal));
        form.MapGet("/toegankelijkheid", (HttpContext c, string gemeente, string? taal) => FormPages.AccessibilityAsync(c, gemeente, taal));
        form.MapGet("/verzonden", (HttpContext c, string gemeente, string? taal) => FormPages.SentAsync(c, gemeente, taal));
        form.MapGet("/ontvangstbevestiging", (HttpContext c, string gemeente, string? taal, string? formaat) => FormPages.ReceiptAsync(c, gemeente, taal, formaat));
        return app;
    }

    /// <summary>
    /// A POST from a page of another site is refused (400) before anything is stored: the browser says where a form came
    /// from (Sec-Fetch-Site, Origin). The draft's own POSTs carry a token besides (FormSession); this also covers the start
    /// page's two, which have no draft yet. A client that sends neither header (a script of the parent's own) is let through.
    /// </summary>
    private static async ValueTask<object?> RefuseOtherSitesAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var request = invocation.HttpContext.Request;
        if (HttpMethods.IsPost(request.Method)
            && (request.Headers["Sec-Fetch-Site"].ToString() is "cross-site" or "same-site"
                || (request.Headers.Origin.ToString() is { Length: > 0 } origin && origin != "null"
                    && !(Uri.TryCreate(origin, UriKind.Absolute, out var from) && string.Equals(from.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)))))
        {
            return Results.Content("<!DOCTYPE html>\n<html lang=\"nl-NL\"><head><meta charset=\"utf-8\"><title>Fout: formulier van een andere site</title></head><body><main><h1>Dit formulier komt niet van deze site.</h1></main></body></html>",
                "text/html; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status400BadRequest);
        }
        return await next(invocation);
    }

    /// <summary>formulier/dist/ (scripts/build-studio.sh: the style sheet and the autosave script), copied next to the program; the only files served here.</summary>
    private static IResult ServeAsset(string name, string contentType)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "formulier", name);
        return File.Exists(path)
            ? TypedResults.PhysicalFile(path, contentType)
            : Results.NotFound();
    }

    /// <summary>
    /// The form loads nothing from elsewhere and runs only its own script (autosave, which posts to the form itself); it
    /// may not be framed, and no page of it is cached.
    /// </summary>
    private static async Task ApplySecurityHeadersAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments(Routes.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                Http.PageHeaders.Apply(context, "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'", Routes.Assets);
                return Task.CompletedTask;
            });
        }
        await next(context);
    }
}
