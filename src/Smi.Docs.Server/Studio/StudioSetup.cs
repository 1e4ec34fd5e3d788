using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static Smi.Docs.Server.Studio.StudioHtml;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// The template studio (issue 16) in the service's process: <see cref="AddStudio"/> registers its sign-in cookie,
/// anti-forgery and sign-in rate; <see cref="MapStudio"/> its pages under <c>/studio</c>. Pages are minimal-API
/// handlers that return HTML (docs/architecture.md §14 says why).
/// </summary>
internal static class StudioSetup
{
    private const string SessionItem = "smi:studio-session";

    public static IServiceCollection AddStudio(this IServiceCollection services)
    {
        services.AddSingleton(sp => StudioSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<StudioWorkbench>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddAuthentication().AddCookie(StudioAuth.Scheme, StudioAuth.Configure);
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "smi-studio-af";
            options.Cookie.Path = StudioRoutes.Root;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.HeaderName = "RequestVerificationToken";
        });
        services.AddOptions<RateLimiterOptions>().Configure<IServiceProvider>((options, sp) =>
            options.AddPolicy(SignInPage.RateLimitPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = sp.GetRequiredService<StudioSettings>().SignInsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })));
        return services;
    }

    public static WebApplication MapStudio(this WebApplication app)
    {
        app.Use(StudioSecurityHeaders.ApplyAsync);
        app.MapGet(StudioRoutes.Assets + "/{file}", StudioAssets.Serve).ExcludeFromDescription();

        var open = app.MapGroup(StudioRoutes.Root).AddEndpointFilter(CheckAntiforgeryAsync).ExcludeFromDescription();
        open.MapGet("/inloggen", SignInPage.Show);
        open.MapPost("/inloggen", SignInPage.SubmitAsync).RequireRateLimiting(SignInPage.RateLimitPolicy);

        var signedIn = app.MapGroup(StudioRoutes.Root).AddEndpointFilter(RequireSessionAsync).AddEndpointFilter(CheckAntiforgeryAsync).ExcludeFromDescription();
        signedIn.MapPost("/uitloggen", (Delegate)SignInPage.SignOutAsync);
        signedIn.MapGet("/", (HttpContext c, StudioWorkbench w, Hosting.DatabaseHost s) => OverviewPage.ShowAsync(c, Session(c), w, s));
        signedIn.MapGet("/gebruikers", (HttpContext c, Hosting.DatabaseHost s) => AccountsPage.ShowAsync(c, Session(c), s));
        signedIn.MapPost("/gebruikers", (HttpContext c, Hosting.DatabaseHost s) => AccountsPage.AddAsync(c, Session(c), s));
        signedIn.MapGet("/{document}/{taal}", (HttpContext c, StudioWorkbench w, Hosting.DatabaseHost s, string document, string taal) => EditorPage.ShowAsync(c, Session(c), w, s, document, taal));
        signedIn.MapGet("/{document}/{taal}/woorden", (string document, string taal) => StudioVocabulary.Words(document, taal));
        signedIn.MapPost("/{document}/{taal}/controle", (HttpContext c, StudioWorkbench w, string document, string taal) => EditorPage.CheckAsync(c, Session(c), w, document, taal));
        signedIn.MapPost("/{document}/{taal}/voorbeeld", (HttpContext c, StudioWorkbench w, string document, string taal) => EditorPage.PreviewAsync(c, Session(c), w, document, taal));
        signedIn.MapPost("/{document}/{taal}/pdf", (HttpContext c, StudioWorkbench w, string document, string taal) => EditorPage.PdfAsync(c, Session(c), w, document, taal));
        signedIn.MapPost("/{document}/{taal}/concept", (HttpContext c, StudioWorkbench w, Hosting.DatabaseHost s, string document, string taal) => EditorPage.SaveDraftAsync(c, Session(c), w, s, document, taal));
        signedIn.MapGet("/{document}/{taal}/vertalen", (HttpContext c, StudioWorkbench w, Hosting.DatabaseHost s, string document, string taal) => TranslatorPage.ShowAsync(c, Session(c), w, s, document, taal));
        signedIn.MapPost("/{document}/{taal}/vertalen", (HttpContext c, StudioWorkbench w, Hosting.DatabaseHost s, string document, string taal) => TranslatorPage.SaveAsync(c, Session(c), w, s, document, taal));
        signedIn.MapGet("/{document}/{taal}/xliff", (HttpContext c, StudioWorkbench w, Hosting.DatabaseHost s, string document, string taal) => XliffPage.DownloadAsync(c, Session(c), w, s, document, taal));
        signedIn.MapPost("/{document}/{taal}/xliff", (HttpContext c, StudioWorkbench w, Hosting.DatabaseHost s, string document, string taal) => XliffPage.UploadAsync(c, Session(c), w, s, document, taal))
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(XliffPage.MaxBytes + XliffPage.FormOverhead));
        signedIn.MapPost("/{document}/{taal}/wijzigingen", (HttpContext c, StudioWorkbench w, Hosting.PipelineCache p, Hosting.ChromiumHost b, Hosting.DatabaseHost s, string document, string taal) => ChangesPage.ShowAsync(c, Session(c), w, p, b, s, document, taal));
        signedIn.MapGet("/uitwisselen", (HttpContext c) => ExchangePage.Show(c, Session(c)));
        signedIn.MapGet("/uitwisselen/sjablonen.zip", (HttpContext c, StudioWorkbench w, Hosting.PipelineCache p) => ExchangePage.ExportAsync(c, Session(c), w, p));
        signedIn.MapPost("/uitwisselen", (HttpContext c, StudioWorkbench w, Hosting.DatabaseHost s) => ExchangePage.ImportAsync(c, Session(c), w, s));
        signedIn.MapGet("/{document}/{taal}/basis", (HttpContext c, StudioWorkbench w, Hosting.DatabaseHost s, string document, string taal) => BaseDifferencePage.ShowAsync(c, Session(c), w, s, document, taal));
        signedIn.MapGet("/{document}/{taal}/versies", (HttpContext c, Hosting.DatabaseHost s, TimeProvider t, string document, string taal) => VersionsPage.ShowAsync(c, Session(c), s, t, document, taal));
        signedIn.MapPost("/{document}/{taal}/versies/{id}/voorstellen", (HttpContext c, Hosting.DatabaseHost s, TimeProvider t, string document, string taal, string id) => VersionsPage.ProposeAsync(c, Session(c), s, t, document, taal, id));
        signedIn.MapPost("/{document}/{taal}/versies/{id}/publiceren", (HttpContext c, StudioWorkbench w, Hosting.DatabaseHost s, TimeProvider t, string document, string taal, string id) => VersionsPage.PublishAsync(c, Session(c), w, s, t, document, taal, id));
        signedIn.MapPost("/{document}/{taal}/versies/{id}/terugzetten", (HttpContext c, StudioWorkbench w, Hosting.DatabaseHost s, TimeProvider t, string document, string taal, string id) => VersionsPage.RollBackAsync(c, Session(c), w, s, t, document, taal, id));
        return app;
    }

    private static StudioSession Session(HttpContext context) => (StudioSession)context.Items[SessionItem]!;

    /// <summary>Without a session a page sends you to sign in; anything else (a form, the check) is 401.</summary>
    private static async ValueTask<object?> RequireSessionAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (await StudioAuth.SessionAsync(context) is not { } session)
        {
            return HttpMethods.IsGet(context.Request.Method)
                ? Results.Redirect(StudioRoutes.SignIn)
                : Page(context, "Niet ingelogd", Alert("Log eerst in.", error: true), null, StatusCodes.Status401Unauthorized);
        }
        context.Items[SessionItem] = session;
        return await next(invocation);
    }

    /// <summary>Every POST carries the anti-forgery token (form field, or the header studio.js sends); without it, 400 and nothing happens.</summary>
    private static async ValueTask<object?> CheckAntiforgeryAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        if (HttpMethods.IsPost(context.Request.Method) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            return Page(context, "Verlopen formulier", Alert("Dit formulier is verlopen of niet van deze site. Laad de pagina opnieuw en probeer het nog eens.", error: true),
                null, StatusCodes.Status400BadRequest);
        }
        return await next(invocation);
    }
}
