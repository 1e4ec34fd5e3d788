using System.Threading.RateLimiting;
using Smi.Docs.Diagnostics;
using Smi.Docs.Server.Endpoints;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Http;
using Smi.Docs.Server.Tenancy;

namespace Smi.Docs.Server;

/// <summary>
/// The HTTP service (issue 13, docs/server.md): the core pipeline behind versioned endpoints, one warm Chromium, tenants
/// with their own profile, templates and keys, and an audit trail in SQLite or PostgreSQL.
/// </summary>
public static class ServerApp
{
    public static WebApplication Create(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // The exception handler middleware logs the exception's message, which .NET fills with paths and input text; we
        // log the type only (below), so no case value can reach a log line.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware", LogLevel.None);
        builder.Services.AddSingleton(sp => ServerSettings.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<DatabaseHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseHost>());
        builder.Services.AddSingleton<ChromiumHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChromiumHost>());
        builder.Services.AddSingleton<PipelineCache>();
        builder.Services.AddSingleton<TenantProfiles>();
        builder.Services.AddSingleton<PdfQueue>();
        builder.Services.AddSingleton<DocumentRender>();
        builder.Services.AddRateLimiter(options =>
        {
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.FindCaller() is { } caller
                    ? RateLimitPartition.GetFixedWindowLimiter(caller.Tenant.Id, _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = context.RequestServices.GetRequiredService<ServerSettings>().RequestsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                return new ValueTask(Problem.For(StatusCodes.Status429TooManyRequests,
                    [Diagnostic.Error(ServerCodes.RateLimited, "too many requests; wait and send again", new SourceLocation(null))], retryAfter)
                    .ExecuteAsync(rejected.HttpContext));
            };
        });

        var app = builder.Build();
        app.UseExceptionHandler(handler => handler.Run(async context =>
        {
            var failure = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Smi.Docs.Server")
                .LogError("Unexpected failure ({ExceptionType}) on {Method} {Endpoint}", failure?.GetType().FullName, context.Request.Method, context.GetEndpoint()?.DisplayName);
            await Problem.For(StatusCodes.Status500InternalServerError,
                [Diagnostic.Error(OptionCodes.UnexpectedFailure, $"unexpected failure ({failure?.GetType().FullName}); the operator can find it in the log by time", new SourceLocation(null))])
                .ExecuteAsync(context);
        }));
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseRateLimiter();
        MapEndpoints(app);
        return app;
    }

    private static void MapEndpoints(WebApplication app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapPost("/documenten/{document}", (string document, HttpContext context, DocumentRender render) => render.HandleAsync(document, context));
        api.MapGet("/documenten", CatalogueEndpoints.Documents);
        api.MapGet("/formulieren/{id}", CatalogueEndpoints.Form);
        api.MapGet("/profiel", CatalogueEndpoints.Profile);
        api.MapGet("/profiel/basislijn", CatalogueEndpoints.BasislijnAsync);
        api.MapPost("/validaties", CaseEndpoints.ValidateAsync);
        api.MapPost("/berekeningen", CaseEndpoints.CalculateAsync);
        api.MapGet("/audit", AuditEndpoints.ListAsync);
        app.MapGet("/health/live", () => Results.Text("ok"));
        app.MapGet("/health/ready", async (DatabaseHost storage, ChromiumHost chromium, ServerSettings settings, CancellationToken cancellationToken) =>
            await storage.Database.AnswersAsync(cancellationToken) && (!settings.Pdf || chromium.Printer is not null)
                ? Results.Text("ok")
                : Results.Text("not ready", statusCode: StatusCodes.Status503ServiceUnavailable));
        app.MapFallback((HttpContext context) => Problem.For(StatusCodes.Status404NotFound,
            [Diagnostic.Error(ServerCodes.NotFound, "no endpoint here; the API is under /api/v1 (docs/server.md)", new SourceLocation(null))]));
    }
}
