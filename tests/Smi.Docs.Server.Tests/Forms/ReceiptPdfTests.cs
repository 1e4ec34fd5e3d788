using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Smi.Docs.Server.Tests.Api;
using Smi.Docs.Server.Tests.Studio;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// The ontvangstbevestiging printed by the service's own Chromium: a tagged PDF in the parent's language (Arabic here, the
/// hardest script) with every font embedded, for the parent's link and for the municipality's API alike.
/// </summary>
[NeedsChromium]
[Collection(StudioBrowserCollection.Name)]
public sealed class ReceiptPdfTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_arabic_receipt_prints_as_a_tagged_pdf_with_its_fonts_embedded()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:Pdf"] = "true" });
        var key = await service.AddTenantAsync("voorbeeldstad");
        var parent = new FormFlow(service, taal: "ar");
        await parent.BeginAsync();
        await parent.FillAllAsync(FormFlow.Answers());
        await parent.SendAsync();
        var id = (string)JsonNode.Parse(await service.ClientWith(key).GetStringAsync("/api/v1/aanvragen", Ct))!.AsArray().Single()!["id"]!;

        var own = await parent.Client.GetAsync("/formulier/voorbeeldstad/ontvangstbevestiging?taal=ar", Ct);
        var api = await service.ClientWith(key).SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/aanvragen/{id}/ontvangstbevestiging"), Ct);

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("application/pdf", own.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
        Assert.Equal("application/pdf", api.Content.Headers.ContentType?.MediaType);
        var pdf = await own.Content.ReadAsByteArrayAsync(Ct);
        var info = await PopplerAsync("pdfinfo", pdf);
        Assert.Matches(@"(?m)^Tagged:\s+yes$", info);
        Assert.Matches($@"(?m)^Title:\s+إشعار الاستلام {id}", info);
        var fonts = (await PopplerAsync("pdffonts", pdf)).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(fonts);
        // pdffonts' columns: name type encoding emb sub uni object ID; "emb" is the fifth token from the end ("object ID" is two).
        Assert.All(fonts, f => Assert.Equal("yes", f.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5]));
        Assert.Contains(fonts, f => f.Contains("Arabic", StringComparison.Ordinal));
        var text = await PopplerAsync("pdftotext", pdf, "-enc", "UTF-8");
        Assert.Contains(id, text);
        Assert.DoesNotContain("111222333", text);
    }

    private static async Task<string> PopplerAsync(string tool, byte[] pdf, params string[] options)
    {
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllBytesAsync(file, pdf, Ct);
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
            foreach (var option in options)
            {
                start.ArgumentList.Add(option);
            }
            start.ArgumentList.Add(file);
            if (tool == "pdftotext")
            {
                start.ArgumentList.Add("-");
            }
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync(Ct);
            await process.WaitForExitAsync(Ct);
            Assert.Equal(0, process.ExitCode);
            return output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
