using System.Net;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>PDF with the one warm Chromium: a letter with its page count, and the basislijn report.</summary>
[NeedsChromium]
public sealed class PdfTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_pdf_by_accept_carries_its_page_count_and_the_basislijn_prints_too()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:Pdf"] = "true" });
        var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));

        var letter = await client.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct);
        var bundle = await client.SendAsync(Post("/api/v1/documenten/toekenning?formaat=pdf,html", Case()), Ct);
        var basislijn = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/profiel/basislijn") { Headers = { { "Accept", "application/pdf" } } }, Ct);

        Assert.Equal(HttpStatusCode.OK, letter.StatusCode);
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(await letter.Content.ReadAsByteArrayAsync(Ct), 0, 5));
        Assert.InRange(int.Parse(letter.Headers.GetValues("X-Smi-Paginas").Single(), System.Globalization.CultureInfo.InvariantCulture), 2, 10);
        Assert.Equal("application/zip", bundle.Content.Headers.ContentType?.MediaType);
        Assert.True(bundle.Headers.Contains("X-Smi-Paginas"));
        Assert.Equal("application/pdf", basislijn.Content.Headers.ContentType?.MediaType);
    }
}
