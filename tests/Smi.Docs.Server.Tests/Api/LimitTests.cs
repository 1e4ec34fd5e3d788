using System.Net;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>The per-tenant rate limit (429), the PDF queue (503 with Retry-After) and the operator's broken profile (500).</summary>
public sealed class LimitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_tenant_over_its_rate_is_429_with_retry_after_while_another_tenant_goes_on()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:RequestsPerMinute"] = "2" });
        var a = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));
        var b = service.ClientWith(await service.AddTenantAsync("beemster", profile: "beemster"));

        var first = await a.GetAsync("/api/v1/documenten", Ct);
        var second = await a.GetAsync("/api/v1/documenten", Ct);
        var third = await a.GetAsync("/api/v1/documenten", Ct);
        var other = await b.GetAsync("/api/v1/documenten", Ct);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], [first.StatusCode, second.StatusCode, third.StatusCode, other.StatusCode]);
        Assert.Equal(["SMI4107"], Codes(await ProblemAsync(third)));
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_full_pdf_queue_is_503_with_retry_after_and_an_audit_entry()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:PdfQueueLimit"] = "0" });
        var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));

        var response = await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        Assert.Equal(["SMI4903"], Codes(await ProblemAsync(response)));
        Assert.Equal("SMI4903", Assert.Single(await service.AuditAsync("voorbeeldstad")).Outcome);
    }

    [Fact]
    public async Task A_tenant_whose_profile_is_gone_gets_500_with_the_profile_s_code_and_no_server_path()
    {
        await using var service = new TestService();
        var missing = Path.Combine(Path.GetTempPath(), "smi-docs-geen-profiel", "weg.yaml");
        var client = service.ClientWith(await service.AddTenantAsync("weg", profilePath: missing));

        var response = await client.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Case()), Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.StartsWith("SMI2", Codes(Parse(body))[0]);
        Assert.DoesNotContain("smi-docs-geen-profiel", body);
    }

    [Fact]
    public async Task A_tenant_whose_templates_are_gone_gets_a_500_problem_without_a_trace_or_the_path()
    {
        await using var service = new TestService();
        var gone = Path.Combine(Path.GetTempPath(), "smi-docs-geen-sjablonen", "templates");
        var client = service.ClientWith(await service.AddTenantAsync("weg", templates: gone));

        var response = await client.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Case()), Ct);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("smi-docs-geen-sjablonen", body);
        Assert.DoesNotContain(service.Logs.Lines, l => l.Contains("smi-docs-geen-sjablonen", StringComparison.Ordinal));
        // The pipeline cannot even be built: the exception handler's answer, and one log line with the exception's type.
        Assert.Equal(["SMI4999"], Codes(Parse(body)));
        Assert.Contains(service.Logs.Lines, l => l.Contains("Unexpected failure (System.IO.", StringComparison.Ordinal));
    }
}
