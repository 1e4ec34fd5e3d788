using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary><c>POST /api/v1/documenten/{document}</c>: formats by Accept or formaat, headers, audit, and every refusal.</summary>
public sealed class DocumentEndpointTests(SharedService shared) : IClassFixture<SharedService>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Html_by_accept_carries_kenmerk_and_template_version_and_leaves_one_audit_entry_with_its_hash()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "text/html"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsByteArrayAsync(Ct);
        Assert.Contains("Voorbeeldstad", System.Text.Encoding.UTF8.GetString(body));
        Assert.Equal("SMI-2026-000417", response.Headers.GetValues("X-Smi-Kenmerk").Single());
        var version = response.Headers.GetValues("X-Smi-Sjabloonversie").Single();
        Assert.Matches("^[0-9a-f]{64}$", version);
        Assert.False(response.Headers.Contains("X-Smi-Paginas"));

        var entry = Assert.Single(await shared.Service.AuditAsync("voorbeeldstad"), e => e.OutputSha256 == Convert.ToHexStringLower(SHA256.HashData(body)));
        Assert.Equal(("toekenning", "nl", "html", "ok", 200, version, "SMI-2026-000417"), (entry.Document, entry.Taal, entry.Formaten, entry.Outcome, entry.Status, entry.TemplateVersion, entry.Kenmerk));
    }

    [Fact]
    public async Task Docx_by_accept_is_a_word_document()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning", Case(), DocxType), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType?.MediaType);
        using var package = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct));
        Assert.Contains(package.Entries, e => e.FullName == "word/document.xml");
    }

    [Fact]
    public async Task Several_formats_by_formaat_come_as_one_zip_with_a_file_each()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html,docx", Case()), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct));
        Assert.Equal(["toekenning.nl.docx", "toekenning.nl.html"], zip.Entries.Select(e => e.FullName).Order());
    }

    [Fact]
    public async Task Taal_and_bundel_give_the_translation_followed_by_the_dutch_original()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning?taal=en&bundel=true&formaat=html", Case()), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("toekenning.en+nl.html", response.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task A_form_is_printed_blank_without_a_body()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/aanvraagformulier?formaat=html", null), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("X-Smi-Kenmerk"));
    }

    [Fact]
    public async Task An_invalid_case_is_422_with_every_problem_located_by_json_path()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Json("""{"zaaknummer": 7, "aanvraagdatum": "2026-13-45"}""")), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ProblemAsync(response);
        Assert.Equal(422, problem["status"]!.GetValue<int>());
        var diagnostics = problem["diagnostics"]!.AsArray();
        Assert.Contains(diagnostics, d => d!["code"]!.GetValue<string>() == "SMI1003" && d["jsonPath"]!.GetValue<string>() == "$.zaaknummer");
        Assert.Contains(diagnostics, d => d!["code"]!.GetValue<string>() == "SMI1006" && d["jsonPath"]!.GetValue<string>() == "$.aanvraagdatum");
        Assert.Contains(diagnostics, d => d!["code"]!.GetValue<string>() == "SMI1002" && d["jsonPath"]!.GetValue<string>() == "$.kinderen");
        Assert.Equal($"urn:smi-docs:diagnostic:{Codes(problem)[0]}", problem["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Malformed_json_is_400_with_line_and_column()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Json("{\n  \"zaaknummer\": \"x\",,\n}")), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var diagnostic = (await ProblemAsync(response))["diagnostics"]![0]!;
        Assert.Equal("SMI1001", diagnostic["code"]!.GetValue<string>());
        Assert.Equal(2, diagnostic["line"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_body_that_is_not_utf8_is_400()
    {
        var body = new ByteArrayContent([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}']);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");

        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", body), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([Smi.Docs.Diagnostics.CaseCodes.NotUnicode.Id], Codes(await ProblemAsync(response)));
    }

    [Fact]
    public async Task An_unknown_document_is_404()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/besluit?formaat=html", Case()), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("SMI4002", Codes(await ProblemAsync(response)));
        // A URL may hold anything; the audit trail names only documents that exist.
        Assert.Contains(await shared.Service.AuditAsync("voorbeeldstad"), e => e.Document == "(onbekend)" && e.Status == 404);
        Assert.DoesNotContain(await shared.Service.AuditAsync("voorbeeldstad"), e => e.Document == "besluit");
    }

    [Fact]
    public async Task A_letter_without_a_case_is_422()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", null), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["SMI4006"], Codes(await ProblemAsync(response)));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", new StringContent(CaseText(), System.Text.Encoding.UTF8, "text/plain")), Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(["SMI4105"], Codes(await ProblemAsync(response)));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_unread()
    {
        var huge = "{\"zaaknummer\": \"" + new string('a', 1024 * 1024) + "\"}";

        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Json(huge)), Ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal([Smi.Docs.Diagnostics.CaseCodes.FileTooLarge.Id], Codes(await ProblemAsync(response)));
    }

    [Fact]
    public async Task An_unknown_format_language_or_fallback_is_400_all_at_once()
    {
        var format = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning?formaat=odt", Case()), Ct);
        var options = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html&taal=fr&terugval=en&bundel=ja", Case()), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        Assert.Equal(["SMI4003"], Codes(await ProblemAsync(format)));
        Assert.Equal(HttpStatusCode.BadRequest, options.StatusCode);
        Assert.Equal(["SMI4001", "SMI4108", "SMI4008"], Codes(await ProblemAsync(options)));
    }

    [Fact]
    public async Task An_accept_header_naming_nothing_we_make_is_406()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "image/png"), Ct);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(["SMI4106"], Codes(await ProblemAsync(response)));
    }

    [Fact]
    public async Task Pdf_on_a_service_without_chromium_is_503_with_its_own_code()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning", Case(), "application/pdf"), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(["SMI4904"], Codes(await ProblemAsync(response)));
    }

    [Fact]
    public async Task A_refused_render_leaves_an_audit_entry_with_its_code_and_no_output()
    {
        var response = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/afwijzing?formaat=docx", Json("""{"zaaknummer": "AUDIT-422"}""")), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var entry = Assert.Single(await shared.Service.AuditAsync("voorbeeldstad"), e => e.Document == "afwijzing");
        Assert.Equal(("docx", "SMI1002", 422, null), (entry.Formaten, entry.Outcome, entry.Status, entry.OutputSha256));
    }
}
