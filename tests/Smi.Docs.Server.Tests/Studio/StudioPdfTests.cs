using System.Net;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>The editor's "PDF maken": the draft as the PDF the service would send, printed by the service's own Chromium.</summary>
[NeedsChromium]
[Collection(StudioBrowserCollection.Name)]
public sealed class StudioPdfTests : IAsyncLifetime
{
    private readonly StudioService _studio = StudioService.WithPdf();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _studio.InitializeAsync();

    public async ValueTask DisposeAsync() => await _studio.DisposeAsync();

    [Fact]
    public async Task A_draft_prints_as_a_pdf_and_a_draft_with_an_error_gets_the_located_error_instead()
    {
        await _studio.AddAccountAsync("voorbeeldstad", "petra", StudioRole.Redacteur);
        var client = await _studio.SignedInAsync("voorbeeldstad", "petra");
        var text = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Templates, "toekenning", "toekenning.sbn-md"), Ct);

        var pdf = await StudioService.PostFormAsync(client, "/studio/toekenning/nl", "/studio/toekenning/nl/pdf",
            new() { ["tekst"] = text + "\nDeze zin is nieuw.\n", ["zaak"] = "toekenning-een-kind-dagopvang" });
        var broken = await StudioService.PostFormAsync(client, "/studio/toekenning/nl", "/studio/toekenning/nl/pdf",
            new() { ["tekst"] = text + "\n{{ bestaatniet }}\n", ["zaak"] = "toekenning-een-kind-dagopvang" });

        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync(Ct);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.True(Smi.Docs.Pdf.PdfPageCount.Of(bytes) >= 2, "a toekenning has at least two pages");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, broken.StatusCode);
        var page = await broken.Content.ReadAsStringAsync(Ct);
        Assert.Contains(Smi.Docs.Diagnostics.TemplateDiagnosticCodes.UnknownPath.Id, page);
        Assert.Contains("toekenning.sbn-md(", page);
    }
}
