using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using Smi.Docs.Diagnostics;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// XLIFF 2.0 through the translators' view (issue 16 point 6): the download is this template's export made from the
/// draft; an upload goes through the importer into a new draft, or is refused with where it is wrong and nothing saved.
/// </summary>
public sealed class TranslatorXliffTests(StudioService studio) : IClassFixture<StudioService>
{
    private const string Xliff = "/studio/toekenning/en/xliff";

    private static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:2.0";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(string Tenant, HttpClient Client)> SignedInAsync()
    {
        var tenant = "x" + Guid.NewGuid().ToString("N")[..10];
        await studio.Service.AddTenantAsync(tenant);
        await studio.AddAccountAsync(tenant, "vera", StudioRole.Vertaler, "en");
        return (tenant, await studio.SignedInAsync(tenant, "vera"));
    }

    private static async Task<XDocument> DownloadAsync(HttpClient client)
    {
        var answer = await client.GetAsync(Xliff, Ct);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("application/xliff+xml", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal("toekenning.en.xlf", answer.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        return XDocument.Parse(await answer.Content.ReadAsStringAsync(Ct), LoadOptions.PreserveWhitespace);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string xliff, bool withToken = true)
    {
        using var content = new MultipartFormDataContent();
        if (withToken)
        {
            content.Add(new StringContent(await StudioService.TokenAsync(client, "/studio/toekenning/en/vertalen")), "__RequestVerificationToken");
        }
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(xliff));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/xliff+xml");
        content.Add(file, "xliff", "toekenning.en.xlf");
        return await client.PostAsync(Xliff, content, Ct);
    }

    private static string Text(XDocument xliff) => xliff.Declaration + xliff.ToString(SaveOptions.DisableFormatting);

    private static XElement Target(XDocument xliff, string unit) =>
        xliff.Descendants(X + "unit").Single(u => (string?)u.Attribute("name") == unit).Descendants(X + "target").Single();

    [Fact]
    public async Task The_download_is_this_template_only_and_uploading_it_unchanged_saves_the_same_text()
    {
        var (tenant, client) = await SignedInAsync();

        var xliff = await DownloadAsync(client);
        var answer = await UploadAsync(client, Text(xliff));

        Assert.Equal("templates/toekenning/toekenning.sbn-md", (string?)Assert.Single(xliff.Descendants(X + "file")).Attribute("original"));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "locales", "en", "toekenning", "toekenning.sbn-md"), Ct),
            Assert.Single(await studio.DraftsAsync(tenant)).Tekst);
    }

    [Fact]
    public async Task An_edited_target_becomes_the_draft_and_the_next_download_carries_it()
    {
        var (tenant, client) = await SignedInAsync();
        var xliff = await DownloadAsync(client);
        var target = Target(xliff, "p2");
        target.Nodes().OfType<XText>().First().Value = "Your application reached us on ";

        var answer = await UploadAsync(client, Text(xliff));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Contains("Your application reached us on {{ datum brief.aanvraagdatum }}.", Assert.Single(await studio.DraftsAsync(tenant)).Tekst);
        Assert.StartsWith("Your application reached us on ", Target(await DownloadAsync(client), "p2").Value);
    }

    [Fact]
    public async Task A_broken_placeholder_is_refused_with_its_unit_and_nothing_saved()
    {
        var (tenant, client) = await SignedInAsync();
        var xliff = await DownloadAsync(client);
        Target(xliff, "p2").Elements(X + "ph").First().Remove();

        var answer = await UploadAsync(client, Text(xliff));
        var html = await answer.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Contains($"error {LocalizationCodes.XliffPlaceholder.Id}: templates/toekenning/toekenning.sbn-md unit &#x27;p2&#x27;: placeholder 1", html);
        Assert.Empty(await studio.DraftsAsync(tenant));
    }

    [Fact]
    public async Task An_unknown_unit_is_refused_with_its_line_and_nothing_saved()
    {
        var (tenant, client) = await SignedInAsync();
        var xliff = await DownloadAsync(client);
        var unit = xliff.Descendants(X + "unit").Single(u => (string?)u.Attribute("name") == "p2");
        unit.SetAttributeValue("id", "p999");
        unit.SetAttributeValue("name", "p999");

        var answer = await UploadAsync(client, Text(xliff));
        var html = await answer.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        Assert.Matches($"toekenning\\.en\\.xlf\\(\\d+,\\d+\\): error {LocalizationCodes.XliffUnknown.Id}: templates/toekenning/toekenning.sbn-md unit &#x27;p999&#x27;", html);
        Assert.Empty(await studio.DraftsAsync(tenant));
    }

    [Fact]
    public async Task Another_version_or_a_DTD_with_an_external_entity_is_refused_and_nothing_saved()
    {
        var (tenant, client) = await SignedInAsync();
        var xliff = await DownloadAsync(client);
        var text = Text(xliff);

        var version = await UploadAsync(client, text.Replace("version=\"2.0\"", "version=\"1.2\"", StringComparison.Ordinal));
        var dtd = await UploadAsync(client, xliff.Declaration + "\n<!DOCTYPE xliff [ <!ENTITY e SYSTEM \"file:///etc/passwd\"> ]>\n"
            + xliff.Root!.ToString(SaveOptions.DisableFormatting).Replace("We received your application on ", "&e;", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, version.StatusCode);
        Assert.Contains($"error {LocalizationCodes.XliffMalformed.Id}", await version.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, dtd.StatusCode);
        var html = await dtd.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"toekenning.en.xlf(2,1): error {LocalizationCodes.XliffDtd.Id}", html);
        Assert.DoesNotContain("root:", html);
        Assert.Empty(await studio.DraftsAsync(tenant));
    }

    [Fact]
    public async Task An_upload_without_the_anti_forgery_token_or_over_the_size_limit_does_nothing()
    {
        var (tenant, client) = await SignedInAsync();
        var xliff = Text(await DownloadAsync(client));

        var noToken = await UploadAsync(client, xliff, withToken: false);
        var tooLarge = await UploadAsync(client, xliff.Replace("</xliff>", "<!--" + new string('x', (int)Server.Studio.XliffPage.MaxBytes) + "--></xliff>", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Empty(await studio.DraftsAsync(tenant));
    }

    [Fact]
    public async Task A_vertaler_of_another_language_may_not_upload()
    {
        var tenant = "y" + Guid.NewGuid().ToString("N")[..10];
        await studio.Service.AddTenantAsync(tenant);
        await studio.AddAccountAsync(tenant, "ali", StudioRole.Vertaler, "ar");
        var client = await studio.SignedInAsync(tenant, "ali");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(await StudioService.TokenAsync(client, "/studio/toekenning/ar/vertalen")), "__RequestVerificationToken" },
            { new StringContent("<xliff/>"), "xliff", "x.xlf" },
        };

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(Xliff, content, Ct)).StatusCode);
        Assert.Empty(await studio.DraftsAsync(tenant));
    }
}
