using System.Net;
using Smi.Docs.Composition;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>The documents, a form as data, the profile and its basislijn check.</summary>
public sealed class CatalogueEndpointTests(SharedService shared) : IClassFixture<SharedService>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_documents_are_every_definition_with_its_kind_languages_and_formats()
    {
        var list = Parse(await shared.Voorbeeldstad.GetStringAsync("/api/v1/documenten", Ct)).AsArray();

        Assert.Equal(DocumentDefinitions.All.Select(d => d.Id), list.Select(d => d!["id"]!.GetValue<string>()));
        var toekenning = list.Single(d => d!["id"]!.GetValue<string>() == "toekenning")!;
        Assert.Equal("brief", toekenning["soort"]!.GetValue<string>());
        Assert.Equal("verplicht", toekenning["zaak"]!.GetValue<string>());
        Assert.Contains("en", toekenning["talen"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Contains(DocxType, toekenning["formaten"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal("formulier", list.Single(d => d!["id"]!.GetValue<string>() == "aanvraagformulier")!["soort"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_form_is_its_definition_as_json_and_an_unknown_form_is_404()
    {
        var form = Parse(await shared.Voorbeeldstad.GetStringAsync("/api/v1/formulieren/aanvraagformulier", Ct));
        var unknown = await shared.Voorbeeldstad.GetAsync("/api/v1/formulieren/belastingaangifte", Ct);

        Assert.Equal("aanvraagformulier", form["id"]!.GetValue<string>());
        Assert.NotEmpty(form["secties"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(["SMI4109"], Codes(await ProblemAsync(unknown)));
    }

    [Fact]
    public async Task The_profile_is_the_caller_s_own()
    {
        var beemster = Parse(await shared.Beemster.GetStringAsync("/api/v1/profiel", Ct));

        Assert.Equal("Beemster", beemster["gemeente"]!["naam"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_basislijn_is_json_by_default_and_html_when_accepted()
    {
        var json = Parse(await shared.Voorbeeldstad.GetStringAsync("/api/v1/profiel/basislijn", Ct));
        var html = await shared.Voorbeeldstad.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/profiel/basislijn") { Headers = { { "Accept", "text/html" } } }, Ct);

        // The basislijn SMI has 15 points (docs/architecture.md, BasislijnToets).
        Assert.Equal(15, json["uitkomsten"]!.AsArray().Count);
        Assert.Equal("Voorbeeldstad", json["gemeente"]!.GetValue<string>());
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Toets aan de basislijn SMI: Voorbeeldstad", await html.Content.ReadAsStringAsync(Ct));
    }
}
