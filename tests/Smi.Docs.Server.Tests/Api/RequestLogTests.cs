using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>One JSON log line per request, with its id (also in X-Request-Id), tenant, document, status and duration.</summary>
public sealed class RequestLogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_request_has_its_own_id_in_the_answer_and_in_every_log_line_it_writes()
    {
        await using var service = new TestService();
        var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));

        var first = await client.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Case()), Ct);
        var second = await client.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Case()), Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var id = first.Headers.GetValues("X-Request-Id").Single();
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.NotEqual(id, second.Headers.GetValues("X-Request-Id").Single());
        var own = service.Logs.Lines.Where(l => l.Contains($"RequestId={id}", StringComparison.Ordinal)).ToList();
        var requestLine = Assert.Single(own, l => l.Contains("Smi.Docs.Server.Http.RequestLog:", StringComparison.Ordinal));
        Assert.Contains("POST /api/v1/documenten/{document} for voorbeeldstad toekenning: 200 in ", requestLine, StringComparison.Ordinal);
        Assert.Contains("Tenant=voorbeeldstad", requestLine, StringComparison.Ordinal);
        Assert.Contains("Document=toekenning", requestLine, StringComparison.Ordinal);
        Assert.Matches(@"DurationMs=\d+", requestLine);
        // The endpoint's own line belongs to the same request.
        Assert.Contains(own, l => l.Contains("Render toekenning for voorbeeldstad", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_refused_before_any_endpoint_is_logged_too_without_a_tenant()
    {
        await using var service = new TestService();

        var refused = await service.CreateClient().SendAsync(Post("/api/v1/documenten/toekenning", Case()), Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var id = refused.Headers.GetValues("X-Request-Id").Single();
        Assert.Contains(service.Logs.Lines, l => l.Contains("Smi.Docs.Server.Http.RequestLog:", StringComparison.Ordinal)
            && l.Contains($"RequestId={id}", StringComparison.Ordinal) && l.Contains(" for - toekenning: 401 in ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_console_writes_json_with_the_scopes()
    {
        await using var service = new TestService();

        var console = service.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = service.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.True(json.IncludeScopes);
        Assert.True(json.UseUtcTimestamp);
    }
}
