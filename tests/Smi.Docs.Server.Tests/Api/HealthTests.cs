using System.Net;

namespace Smi.Docs.Server.Tests.Api;

public sealed class HealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_and_ready_need_no_key_and_ready_needs_the_database()
    {
        await using var service = new TestService();
        var client = service.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Ct)).StatusCode);
    }

    [Fact]
    public async Task Without_its_chromium_the_service_is_live_but_not_ready_and_answers_pdf_with_the_printer_s_code()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?>
        {
            ["Smi:Pdf"] = "true",
            ["Smi:Chromium"] = "/nonexistent/smi-docs-test/chromium",
        });
        var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));

        var live = await client.GetAsync("/health/live", Ct);
        var ready = await client.GetAsync("/health/ready", Ct);
        var pdf = await client.SendAsync(Requests.Post("/api/v1/documenten/toekenning", Requests.Case(), "application/pdf"), Ct);
        var html = await client.SendAsync(Requests.Post("/api/v1/documenten/toekenning", Requests.Case(), "text/html"), Ct);

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, pdf.StatusCode);
        Assert.Equal(["PDF001"], Requests.Codes(await Requests.ProblemAsync(pdf)));
        Assert.Equal(TimeSpan.FromSeconds(5), pdf.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
    }
}
