using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>
/// The OpenAPI document the service generates is the one checked in as <c>docs/openapi.json</c> (integrators read and
/// generate clients from that file), it names every endpoint the app maps with the problem statuses of docs/server.md
/// "Errors", and it carries the case contract and an example per endpoint.
/// </summary>
public sealed class OpenApiDocumentTests(SharedService shared) : IClassFixture<SharedService>
{
    /// <summary>Set by scripts/update-openapi.sh: the test writes the checked-in file instead of comparing.</summary>
    private const string UpdateVariable = "SMI_DOCS_UPDATE_OPENAPI";

    private static readonly string CheckedIn = Path.Combine(RepoPaths.Root, "docs", "openapi.json");

    private static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        // Dutch text and "<key>" stay readable in the checked-in file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// docs/server.md "Errors", per endpoint: every /api/v1 path can be 401, 403 (key) and 429 (rate); a case endpoint
    /// also 400, 413, 415 and 422; a document also 404, 406 and 503 (PDF).
    /// </summary>
    private static readonly Dictionary<string, int[]> ExpectedProblems = new(StringComparer.Ordinal)
    {
        ["POST /api/v1/documenten/{document}"] = [400, 401, 403, 404, 406, 413, 415, 422, 429, 503],
        ["POST /api/v1/validaties"] = [400, 401, 403, 413, 415, 422, 429],
        ["POST /api/v1/berekeningen"] = [400, 401, 403, 413, 415, 422, 429],
        ["GET /api/v1/documenten"] = [401, 403, 429],
        ["GET /api/v1/formulieren/{id}"] = [401, 403, 404, 429],
        ["GET /api/v1/profiel"] = [401, 403, 429],
        ["GET /api/v1/profiel/basislijn"] = [401, 403, 429, 503],
        ["GET /api/v1/audit"] = [400, 401, 403, 429],
        ["POST /api/v1/batches"] = [400, 401, 403, 413, 415, 429, 503],
        ["GET /api/v1/batches"] = [401, 403, 429],
        ["GET /api/v1/batches/{id}"] = [401, 403, 404, 429],
        ["GET /api/v1/batches/{id}/rapport"] = [401, 403, 404, 429],
        ["GET /api/v1/batches/{id}/bestanden"] = [401, 403, 404, 409, 429],
        ["DELETE /api/v1/batches/{id}"] = [401, 403, 404, 429],
        ["GET /api/v1/aanvragen"] = [400, 401, 403, 429],
        ["GET /api/v1/aanvragen/{id}"] = [401, 403, 404, 429],
        ["POST /api/v1/aanvragen/{id}/afgenomen"] = [401, 403, 404, 429],
        ["GET /api/v1/aanvragen/{id}/ontvangstbevestiging"] = [401, 403, 404, 429, 503],
        ["GET /api/v1/aanvragen/{id}/bestanden/{bestand}"] = [401, 403, 404, 429],
        ["GET /api/v1/aanvragen/{id}/ontbrekende-gegevens"] = [400, 401, 403, 404, 406, 422, 429, 503],
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The generated document, pretty-printed in its own (registration) order, ending in one newline.</summary>
    private async Task<string> GeneratedAsync() =>
        Parse(await shared.Service.CreateClient().GetStringAsync("/openapi/v1.json", Ct)).ToJsonString(Pretty).ReplaceLineEndings("\n") + "\n";

    [Fact]
    public async Task The_checked_in_openapi_json_is_the_generated_document()
    {
        var generated = await GeneratedAsync();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(CheckedIn, generated, Ct);
        }

        var checkedIn = File.Exists(CheckedIn) ? (await File.ReadAllTextAsync(CheckedIn, Ct)).ReplaceLineEndings("\n") : "";

        if (checkedIn != generated)
        {
            var expected = checkedIn.Split('\n');
            var actual = generated.Split('\n');
            var line = Enumerable.Range(0, Math.Max(expected.Length, actual.Length))
                .First(i => i >= expected.Length || i >= actual.Length || expected[i] != actual[i]);
            Assert.Fail(
                $"docs/openapi.json is not the document the service generates (first difference at line {line + 1}: " +
                $"checked in '{(line < expected.Length ? expected[line].Trim() : "<end>")}', generated '{(line < actual.Length ? actual[line].Trim() : "<end>")}'). " +
                "Run scripts/update-openapi.sh and commit docs/openapi.json.");
        }
    }

    [Fact]
    public async Task The_document_reads_as_openapi_without_errors()
    {
        var read = Microsoft.OpenApi.OpenApiDocument.Parse(await GeneratedAsync(), "json");

        Assert.NotNull(read.Document);
        Assert.Empty(read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? []);
        Assert.Equal("3.1.1", Parse(await GeneratedAsync())["openapi"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_mapped_endpoint_is_in_the_document_with_its_problem_statuses()
    {
        var document = Parse(await GeneratedAsync());
        var mapped = shared.Service.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/v1", StringComparison.Ordinal) == true)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(ExpectedProblems.Keys.Order(StringComparer.Ordinal), mapped);
        foreach (var endpoint in mapped)
        {
            var (method, path) = (endpoint.Split(' ')[0].ToLowerInvariant(), endpoint.Split(' ')[1]);
            var operation = document["paths"]?[path]?[method];
            Assert.True(operation is not null, $"{endpoint} is mapped but not in the OpenAPI document");
            var responses = operation!["responses"]!.AsObject();
            foreach (var status in ExpectedProblems[endpoint])
            {
                var problem = responses[status.ToString(System.Globalization.CultureInfo.InvariantCulture)]?["content"]?["application/problem+json"];
                Assert.True(problem is not null, $"{endpoint} has no problem+json answer {status} in the OpenAPI document");
                Assert.Equal(status, problem!["example"]!["status"]!.GetValue<int>());
            }
            Assert.True(
                operation["requestBody"]?["content"]?["application/json"]?["example"] is not null || responses.Any(r => r.Value?["content"]?.AsObject().Any(c => c.Value?["example"] is not null) == true),
                $"{endpoint} has no example in the OpenAPI document");
        }
    }

    [Fact]
    public async Task The_case_endpoints_take_the_case_schema_with_the_example_case()
    {
        var document = Parse(await GeneratedAsync());
        var schemaFile = Parse(await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "schemas", "smi-case.schema.json"), Ct));
        var exampleCase = Parse(await File.ReadAllTextAsync(RepoPaths.Case("toekenning-een-kind-dagopvang"), Ct));

        var zaak = document["components"]!["schemas"]!["Zaak"]!;
        Assert.Equal(
            schemaFile["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal),
            zaak["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.True(JsonNode.DeepEquals(schemaFile["required"], zaak["required"]));
        Assert.False(zaak["additionalProperties"]!.GetValue<bool>());
        foreach (var name in schemaFile["definitions"]!.AsObject().Select(d => d.Key))
        {
            Assert.True(JsonNode.DeepEquals(schemaFile["definitions"]![name]!["required"], document["components"]!["schemas"]![$"Zaak.{name}"]!["required"]), name);
        }
        foreach (var path in new[] { "/api/v1/documenten/{document}", "/api/v1/validaties", "/api/v1/berekeningen" })
        {
            var body = document["paths"]![path]!["post"]!["requestBody"]!["content"]!["application/json"]!;
            Assert.Equal("#/components/schemas/Zaak", body["schema"]!["$ref"]!.GetValue<string>());
            Assert.True(JsonNode.DeepEquals(exampleCase, body["example"]), $"{path}: the example is not examples/cases/toekenning-een-kind-dagopvang.json");
        }
    }
}
