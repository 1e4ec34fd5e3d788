using System.Net;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>The OpenAPI document names every endpoint, and the reference that shows it needs no key.</summary>
public sealed class ApiReferenceTests(SharedService shared) : IClassFixture<SharedService>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_openapi_document_lists_every_endpoint_with_the_key_scheme()
    {
        var client = shared.Service.CreateClient();

        var document = Parse(await client.GetStringAsync("/openapi/v1.json", Ct));

        var paths = document["paths"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["/api/v1/aanvragen", "/api/v1/aanvragen/{id}", "/api/v1/aanvragen/{id}/afgenomen", "/api/v1/aanvragen/{id}/bestanden/{bestand}", "/api/v1/aanvragen/{id}/ontbrekende-gegevens", "/api/v1/aanvragen/{id}/ontvangstbevestiging", "/api/v1/audit", "/api/v1/batches", "/api/v1/batches/{id}", "/api/v1/batches/{id}/bestanden", "/api/v1/batches/{id}/rapport", "/api/v1/berekeningen", "/api/v1/documenten", "/api/v1/documenten/{document}", "/api/v1/formulieren/{id}", "/api/v1/profiel", "/api/v1/profiel/basislijn", "/api/v1/validaties"],
            paths);
        Assert.StartsWith("3.", document["openapi"]!.GetValue<string>());
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["apiKey"]!["scheme"]!.GetValue<string>());
        Assert.NotNull(document["paths"]!["/api/v1/documenten/{document}"]!["post"]!["responses"]!["422"]);
    }

    [Fact]
    public async Task The_reference_is_served_without_a_key()
    {
        var response = await shared.Service.CreateClient().GetAsync("/api/docs", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }
}
