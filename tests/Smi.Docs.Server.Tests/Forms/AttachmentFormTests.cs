using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Smi.Docs.Server.Tests.Api;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// The attachments step of the online form (issue 17 point 3), as a browser without script posts it: a file per box, kept
/// only when it is a PDF, JPEG or PNG by content and within the size limit, listed on the check page and the receipt,
/// served to the municipality unchanged, counted as sent for the ontbrekende-gegevens letter, and deleted when the parent
/// takes it away.
/// </summary>
public sealed class AttachmentFormTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const int AttachmentsStep = 9;

    /// <summary>A contract as a phone app exports it: a PDF by its first bytes, whatever else it holds.</summary>
    private static readonly byte[] Contract = [.. "%PDF-1.7\n% offerte kinderopvang\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8];

    /// <summary>A payslip photographed: PNG's eight-byte signature and a little more.</summary>
    private static readonly byte[] Payslip = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];

    private static async Task<(FormFlow Parent, string Key)> OnAttachmentsStepAsync(TestService service, string? profilePath = null, Uri? server = null)
    {
        var key = await service.AddTenantAsync("voorbeeldstad", profilePath: profilePath);
        var parent = new FormFlow(service, server: server);
        await parent.BeginAsync();
        foreach (var (step, answers) in FormFlow.Answers().Where(a => a.Key < AttachmentsStep).OrderBy(a => a.Key))
        {
            await parent.StepAsync(step, answers);
        }
        Assert.EndsWith(Step(parent), parent.Last.Path, StringComparison.Ordinal);
        return (parent, key);
    }

    private static string Step(FormFlow parent) => $"{parent.Root}/stap/{AttachmentsStep}{parent.Query}";

    private static string[] StoredFiles(TestService service) =>
        Directory.Exists(Path.Combine(service.Storage.DataFolder!, "bijlagen"))
            ? Directory.GetFiles(Path.Combine(service.Storage.DataFolder!, "bijlagen"), "*", SearchOption.AllDirectories)
            : [];

    [Fact]
    public async Task Attached_files_are_listed_sent_with_the_application_and_served_to_the_municipality_unchanged()
    {
        await using var service = new TestService();
        var (parent, key) = await OnAttachmentsStepAsync(service);
        Assert.Contains("enctype=\"multipart/form-data\"", parent.Last.Html, StringComparison.Ordinal);

        await parent.PostFilesAsync(Step(parent), [KeyValuePair.Create("actie", "bestand-toevoegen")],
            ("bestand-opvang", "offerte opvang Jansen.pdf", "application/pdf", Contract), ("bestand-inkomen", "IMG_2024.png", "image/png", Payslip));

        Assert.EndsWith(Step(parent), parent.Last.Path, StringComparison.Ordinal);
        Assert.Empty(FormFlow.Errors(parent.Last.Html));
        Assert.Contains("Bestand 1: PDF, 1 kB", parent.Last.Html, StringComparison.Ordinal);
        Assert.Contains("Bestand 1: PNG, 1 kB", parent.Last.Html, StringComparison.Ordinal);
        // The parent's own file name is personal ("… Jansen.pdf") and is kept nowhere.
        Assert.DoesNotContain("Jansen", parent.Last.Html, StringComparison.Ordinal);
        Assert.Equal(2, StoredFiles(service).Length);

        await parent.StepAsync(AttachmentsStep, new Dictionary<string, string>());
        Assert.EndsWith("/controle" + parent.Query, parent.Last.Path, StringComparison.Ordinal);
        var check = WebUtility.HtmlDecode(parent.Last.Html);
        Assert.Contains("de offerte of het contract van de kinderopvang", check, StringComparison.Ordinal);
        Assert.Contains("PDF, 1 kB", check, StringComparison.Ordinal);
        // Online the ticks say what is sent later; on paper the same list is "Ik stuur mee".
        Assert.Contains("Ik stuur later na, per post of e-mail", check, StringComparison.Ordinal);
        await parent.SendAsync();

        var municipality = service.ClientWith(key);
        var id = (string)JsonNode.Parse(await municipality.GetStringAsync("/api/v1/aanvragen", Ct))!.AsArray().Single()!["id"]!;
        var application = JsonNode.Parse(await municipality.GetStringAsync($"/api/v1/aanvragen/{id}", Ct))!;
        var files = application["bestanden"]!.AsArray();
        Assert.Equal(["inkomen", "opvang"], files.Select(f => (string)f!["soort"]!).Order());
        var contract = files.Single(f => (string)f!["soort"]! == "opvang")!;
        Assert.Equal("application/pdf", (string)contract["mediaType"]!);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Contract)), (string)contract["sha256"]!);

        var download = await municipality.GetAsync((string)contract["href"]!, Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("sandbox", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(Contract, await download.Content.ReadAsByteArrayAsync(Ct));
        var other = service.ClientWith(await service.AddTenantAsync("anderstad"));
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync((string)contract["href"]!, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await municipality.GetAsync($"/api/v1/aanvragen/{id}/bestanden/{new string('0', 32)}", Ct)).StatusCode);

        // The receipt lists the files by attachment, by type and size, never by the parent's file name.
        var receipt = await municipality.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/aanvragen/{id}/ontvangstbevestiging") { Headers = { { "Accept", "text/html" } } }, Ct);
        var receiptText = WebUtility.HtmlDecode(await receipt.Content.ReadAsStringAsync(Ct));
        Assert.Contains("<dt>de offerte of het contract van de kinderopvang, met het aantal uren, de prijs per uur en de startdatum</dt><dd>PDF, 1 kB</dd>", receiptText, StringComparison.Ordinal);
        Assert.Contains("<dt>Ik stuur later na, per post of e-mail</dt>", receiptText, StringComparison.Ordinal);
        Assert.DoesNotContain("Jansen", receiptText, StringComparison.Ordinal);

        // Attached counts as sent: the draft letter asks only for the bank card (paid to the parent, not attached).
        var letter = await municipality.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/aanvragen/{id}/ontbrekende-gegevens") { Headers = { { "Accept", "text/html" } } }, Ct);
        var text = WebUtility.HtmlDecode(await letter.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Een kopie van uw bankpas", text, StringComparison.Ordinal);
        Assert.DoesNotContain("contract van de kinderopvang", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_no_pdf_jpeg_or_png_by_content_or_too_large_is_refused_at_its_box_and_nothing_of_it_is_kept()
    {
        await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:Attachments:MaxBytes"] = (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var (parent, _) = await OnAttachmentsStepAsync(service);
        var program = "MZ\x90\0 this program cannot be run in DOS mode"u8.ToArray();
        var large = new byte[1024 * 1024 + 1];
        "%PDF-1.7\n"u8.CopyTo(large);

        await parent.PostFilesAsync(Step(parent), [KeyValuePair.Create("actie", "volgende"), KeyValuePair.Create("bijlagen", "hulpverlener")],
            ("bestand-opvang", "contract.pdf", "application/pdf", program), ("bestand-inkomen", "loonstrook.pdf", "application/pdf", large));

        Assert.EndsWith(Step(parent), parent.Last.Path, StringComparison.Ordinal);
        Assert.StartsWith("Fout: ", FormFlow.Title(parent.Last.Html), StringComparison.Ordinal);
        Assert.Equal(["#bestand-inkomen", "#bestand-opvang"], FormFlow.Errors(parent.Last.Html).Order());
        var page = WebUtility.HtmlDecode(parent.Last.Html);
        Assert.Contains("Dit bestand is geen PDF, JPG of PNG. Kies een ander bestand bij: de offerte of het contract van de kinderopvang", page, StringComparison.Ordinal);
        Assert.Contains("Dit bestand is groter dan 1 MB.", page, StringComparison.Ordinal);
        // The message is tied to its box, and the tick posted with the files is not lost.
        Assert.Contains("id=\"bestand-opvang\" name=\"bestand-opvang\" accept=\".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png\" aria-describedby=\"bijlage-uitleg bestand-opvang-fout\" aria-invalid=\"true\"", parent.Last.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"hulpverlener\" checked", parent.Last.Html, StringComparison.Ordinal);
        Assert.Empty(StoredFiles(service));
    }

    [Fact]
    public async Task A_post_larger_than_the_page_may_carry_is_stopped_by_kestrel_and_the_page_says_so()
    {
        // Real Kestrel (the body limit is its feature; the in-memory test server has none): 100 KiB a file, so a post may
        // carry 4 boxes × 100 KiB + 1 MiB; this one carries 3 MiB in one box.
        await using var service = new TestService(settings: new Dictionary<string, string?> { ["Smi:Attachments:MaxBytes"] = "102400" });
        service.UseKestrel(0);
        service.StartServer();
        var address = service.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var (parent, _) = await OnAttachmentsStepAsync(service, server: new Uri(address));
        var large = new byte[3 * 1024 * 1024];
        "%PDF-1.7\n"u8.CopyTo(large);

        await parent.PostFilesAsync(Step(parent), [KeyValuePair.Create("actie", "bestand-toevoegen")], ("bestand-opvang", "scan.pdf", "application/pdf", large));

        Assert.Equal(HttpStatusCode.OK, parent.Last.Status);
        Assert.Equal(["#bijlagen-bestanden"], FormFlow.Errors(parent.Last.Html));
        Assert.Contains("De bestanden zijn samen te groot. Voeg ze een voor een toe; elk bestand mag niet groter zijn dan 0.1 MB.", WebUtility.HtmlDecode(parent.Last.Html), StringComparison.Ordinal);
        Assert.Empty(StoredFiles(service));
    }

    [Fact]
    public async Task A_municipality_that_wants_every_file_scanned_gets_none_unscanned_from_a_service_without_a_scanner()
    {
        // examples/profiles/voorbeeldstad.yaml with formulier.virusscan true; the test service has no Smi:Attachments:ClamAv.
        var profile = RepoPaths.ChangedProfile("voorbeeldstad", "  virusscan: false ", "  virusscan: true ");
        await using var service = new TestService();
        var (parent, _) = await OnAttachmentsStepAsync(service, profile);

        await parent.PostFilesAsync(Step(parent), [KeyValuePair.Create("actie", "bestand-toevoegen")], ("bestand-opvang", "a.pdf", "application/pdf", Contract));

        Assert.Equal(["#bestand-opvang"], FormFlow.Errors(parent.Last.Html));
        Assert.Contains("Wij konden dit bestand nu niet op virussen controleren.", WebUtility.HtmlDecode(parent.Last.Html), StringComparison.Ordinal);
        Assert.Empty(StoredFiles(service));
    }

    [Fact]
    public async Task A_file_taken_away_by_the_parent_is_deleted_from_the_store_and_no_longer_listed()
    {
        await using var service = new TestService();
        var (parent, _) = await OnAttachmentsStepAsync(service);
        await parent.PostFilesAsync(Step(parent), [KeyValuePair.Create("actie", "bestand-toevoegen")], ("bestand-opvang", "a.pdf", "application/pdf", Contract));
        var stored = Assert.Single(StoredFiles(service));
        var fileId = Path.GetFileNameWithoutExtension(stored);
        Assert.Contains($"value=\"bestand-weg-{fileId}\"", parent.Last.Html, StringComparison.Ordinal);

        await parent.PostFilesAsync(Step(parent), [KeyValuePair.Create("actie", $"bestand-weg-{fileId}")]);

        Assert.EndsWith(Step(parent), parent.Last.Path, StringComparison.Ordinal);
        Assert.DoesNotContain("Bestand 1:", parent.Last.Html, StringComparison.Ordinal);
        Assert.False(File.Exists(stored));
    }
}
