using System.Threading.RateLimiting;
using Scalar.AspNetCore;
using Smi.Docs.Diagnostics;
using Smi.Docs.Server.Attachments;
using Smi.Docs.Server.Batches;
using Smi.Docs.Server.Endpoints;
using Smi.Docs.Server.Forms;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Http;
using Smi.Docs.Server.Studio;
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
        // ASP.NET's own request lines, and the scope it opens for every line of a request, carry the path and query as
        // sent, where a caller may have put anything (it opens that scope only while this category logs at all).
        // RequestLog writes the one line per request instead, with the route pattern, and a scope with our request id.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing.Matching", LogLevel.Information);
        // Hangfire's storages report each half-hourly clean-up of their own tables at Information: noise in an operator's log.
        builder.Logging.AddFilter("Hangfire.Storage.SQLite.ExpirationManager", LogLevel.Warning);
        builder.Logging.AddFilter("Hangfire.PostgreSql.ExpirationManager", LogLevel.Warning);
        // One JSON object a line, with the request id scope, for the log collector (docs/server.md, Operations).
        builder.Logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        // On stop the server takes no new requests and lets those in flight finish before Chromium closes (the hosted
        // services stop after it). A PDF takes a second or two, a queue of them (PdfQueueLimit) some more; 30 s lets a full
        // queue drain and still fits the usual 30 s grace a container platform gives between SIGTERM and SIGKILL.
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton(sp => ServerSettings.From(sp.GetRequiredService<IConfiguration>()));
        builder.Services.AddSingleton<DatabaseHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<DatabaseHost>());
        builder.Services.AddSingleton<ChromiumHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChromiumHost>());
        builder.Services.AddSingleton<PipelineCache>();
        builder.Services.AddSingleton<TenantProfiles>();
        builder.Services.AddSingleton<PdfQueue>();
        builder.Services.AddSingleton<DocumentRender>();
        // After the database and the browser, so on stop the jobs end first and hand their items back.
        builder.Services.AddSingleton<BatchJobHost>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<BatchJobHost>());
        builder.Services.AddTransient<BatchJobs>();
        builder.Services.AddOpenApi(ApiDocument.Configure);
        DatabaseKeyRepository.AddTo(builder.Services); // cookies and anti-forgery tokens valid on every instance
        builder.Services.AddAttachments(); // parents' files for the online form (issue 17, Attachments/)
        builder.Services.AddStudio(); // the template studio at /studio (issue 16, Studio/StudioSetup.cs)
        builder.Services.AddApplicationForm(); // the online application form at /formulier (issue 17, Forms/ApplicationFormSetup.cs)
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
        app.UseMiddleware<RequestLog>();
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
        app.MapStudio(); // the template studio at /studio (issue 16, Studio/StudioSetup.cs)
        app.MapApplicationForm(); // the online application form at /formulier (issue 17, Forms/ApplicationFormSetup.cs)
        MapEndpoints(app);
        return app;
    }

    private static void MapEndpoints(WebApplication app)
    {
        var api = app.MapGroup(ApiKeyMiddleware.ApiPrefix).WithTags("v1").ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/documenten/{document}", (string document, HttpContext context, DocumentRender render) => render.HandleAsync(document, context))
            .WithSummary("One document for one case: PDF, DOCX or HTML by Accept, or ?formaat= (several as a zip). Query: taal, bundel, terugval.")
            .AddOpenApiOperationTransformer(ApiDocument.CaseBody)
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Pdf, additionalContentTypes: [MediaTypes.Docx, MediaTypes.Html, MediaTypes.Zip])
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status406NotAcceptable)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet("/documenten", CatalogueEndpoints.Documents).WithSummary("The documents this tenant can make, with languages and media types.");
        api.MapGet("/formulieren/{id}", CatalogueEndpoints.Form).WithSummary("A form definition as JSON.").ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/profiel", CatalogueEndpoints.Profile).WithSummary("The tenant's profile as JSON.");
        api.MapGet("/profiel/basislijn", CatalogueEndpoints.BasislijnAsync).WithSummary("The profile against the 15 points of the basislijn: JSON, or HTML or PDF by Accept.");
        api.MapPost("/validaties", CaseEndpoints.ValidateAsync).WithSummary("Every problem of a case without rendering; ?document= adds the document's own check.")
            .AddOpenApiOperationTransformer(ApiDocument.CaseBody).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost("/berekeningen", CaseEndpoints.CalculateAsync).WithSummary("The calculation as smi-docs bereken --json prints it.")
            .AddOpenApiOperationTransformer(ApiDocument.CaseBody).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapPost(BatchEndpoints.Path, BatchEndpoints.CreateAsync)
            .WithSummary("A batch: JSON Lines, one case or envelope {document, taal, zaak} per line. Query: document, taal, formaat (default pdf). 202 with the batch's location.")
            .Produces<BatchEndpoints.BatchStatus>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet(BatchEndpoints.Path, BatchEndpoints.ListAsync).WithSummary("The tenant's batches, newest first, with their progress.").Produces<IReadOnlyList<BatchEndpoints.BatchStatus>>();
        api.MapGet(BatchEndpoints.Path + "/{id}", BatchEndpoints.GetAsync).WithSummary("A batch's progress: made, failed and waiting items; status 'klaar' when none waits.")
            .Produces<BatchEndpoints.BatchStatus>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet(BatchEndpoints.Path + "/{id}/rapport", BatchEndpoints.ReportAsync).WithSummary("The batch's report (rapport.json) so far: every failed item with codes and JSON paths, no case values.")
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Json).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet(BatchEndpoints.Path + "/{id}/bestanden", BatchEndpoints.FilesAsync).WithSummary("A finished batch as a zip: a folder per item, rapport.json, rapport.csv and index.csv.")
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Zip).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        api.MapDelete(BatchEndpoints.Path + "/{id}", BatchEndpoints.DeleteAsync).WithSummary("Removes the batch and its files before the retention period ends.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet(ApplicationEndpoints.Path, ApplicationEndpoints.ListAsync).WithSummary("Applications sent with the online form, oldest first: ?status=nieuw (default) or afgenomen, ?limiet= (at most 1000).")
            .Produces<IReadOnlyList<ApplicationEndpoints.Application>>().ProducesProblem(StatusCodes.Status400BadRequest);
        api.MapGet(ApplicationEndpoints.Path + "/{id}", ApplicationEndpoints.GetAsync).WithSummary("One sent application: its case (valid for /documenten), the answers as typed and the parent's language.")
            .Produces<ApplicationEndpoints.Application>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet(ApplicationEndpoints.Path + "/{id}/bestanden/{bestand}", ApplicationEndpoints.FileAsync).WithSummary("A file the parent attached (PDF, JPEG or PNG, checked by content and, where scanning is on, by ClamAV), as a download.")
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Pdf, additionalContentTypes: ["image/jpeg", "image/png"]).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet(ApplicationEndpoints.Path + "/{id}/ontvangstbevestiging", ApplicationReceipt.ForMunicipalityAsync).WithSummary("The ontvangstbevestiging of a sent application in the parent's language: every answer, the BSN masked; PDF, or HTML with Accept: text/html.")
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Pdf, additionalContentTypes: [MediaTypes.Html]).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        api.MapGet(ApplicationEndpoints.Path + "/{id}/ontbrekende-gegevens", (HttpContext context, DatabaseHost storage, DocumentRender render, string id) => ApplicationMissingLetter.DraftAsync(context, storage, render, id))
            .WithSummary("A draft ontbrekende-gegevens letter for a sent application that lacks attachments or its income, with the hersteltermijn from the received date; formats as /documenten (Accept or ?formaat=), ?taal= (default the parent's).")
            .Produces(StatusCodes.Status200OK, contentType: MediaTypes.Pdf, additionalContentTypes: [MediaTypes.Docx, MediaTypes.Html, MediaTypes.Zip]).ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost(ApplicationEndpoints.Path + "/{id}/afgenomen", ApplicationEndpoints.MarkTakenAsync).WithSummary("Marks the application taken into the municipality's system; its BSNs are then no longer kept.")
            .Produces<ApplicationEndpoints.Application>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/audit", AuditEndpoints.ListAsync).WithSummary("The tenant's own audit entries, newest first (?limiet=, at most 1000).");
        // The API reference needs no key: it says what the API is, not what any tenant has.
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/docs", options => options.WithTitle("Smi.Docs API").WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapGet("/health/live", () => Results.Text("ok")).ExcludeFromDescription();
        app.MapGet("/health/ready", async (DatabaseHost storage, ChromiumHost chromium, ServerSettings settings, CancellationToken cancellationToken) =>
            await storage.Database.AnswersAsync(cancellationToken) && (!settings.Pdf || await chromium.ReadyAsync())
                ? Results.Text("ok")
                : Results.Text("not ready", statusCode: StatusCodes.Status503ServiceUnavailable)).ExcludeFromDescription();
        app.MapFallback((HttpContext context) => Problem.For(StatusCodes.Status404NotFound,
            [Diagnostic.Error(ServerCodes.NotFound, "no endpoint here; the API is under /api/v1 (docs/server.md)", new SourceLocation(null))])).ExcludeFromDescription();
    }
}
