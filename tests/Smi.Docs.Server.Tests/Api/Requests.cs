using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>Bodies and answers the API tests share.</summary>
internal static class Requests
{
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static string CaseText(string name = "toekenning-een-kind-dagopvang") => File.ReadAllText(RepoPaths.Case(name));

    public static HttpContent Json(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    public static HttpContent Case(string name = "toekenning-een-kind-dagopvang") => Json(CaseText(name));

    public static HttpRequestMessage Post(string path, HttpContent? body, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body };
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }
        return request;
    }

    /// <summary>A problem answer: its media type is checked, its JSON returned.</summary>
    public static async Task<JsonNode> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("   at ", body);
        return JsonNode.Parse(body)!;
    }

    public static IReadOnlyList<string> Codes(JsonNode problem) =>
        problem["diagnostics"]!.AsArray().Select(d => d!["code"]!.GetValue<string>()).ToList();

    public static JsonNode Parse(string json) => JsonNode.Parse(json, documentOptions: new JsonDocumentOptions())!;
}
