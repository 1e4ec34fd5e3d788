using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Smi.Docs.Diagnostics;
using Smi.Docs.Server.Http;

namespace Smi.Docs.Server;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, generated from the endpoints, with the key as its security scheme
/// (shown by the reference at <c>/api/docs</c>), the case contract (<c>schemas/smi-case.schema.json</c>) as the body of
/// every endpoint that takes a case, an example per endpoint, and every problem status an endpoint can answer. The
/// document is checked in as <c>docs/openapi.json</c>; <c>OpenApiDriftTests</c> fail when it drifts
/// (<c>scripts/update-openapi.sh</c> writes it anew).
/// </summary>
internal static class ApiDocument
{
    /// <summary>The name of the case schema under <c>components/schemas</c>; its definitions are <c>Zaak.&lt;name&gt;</c>.</summary>
    public const string CaseSchema = "Zaak";

    private const string ApiPrefix = "/api/v1";

    /// <summary>The problem details schema ASP.NET Core generates for <c>ProducesProblem</c>; ours add <c>diagnostics</c>.</summary>
    private const string ProblemSchema = "ProblemDetails";

    private static readonly JsonSerializerOptions ExampleJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>
    /// The problem statuses each endpoint can answer besides the key's own (401, 403, 429 on every <c>/api/v1</c>
    /// path), from docs/server.md "Errors": a body over the limit is refused before any endpoint reads it (413), a case
    /// endpoint refuses what is not JSON (415), and only what prints PDF can be busy (503).
    /// </summary>
    private static readonly Dictionary<string, int[]> ProblemStatuses = new(StringComparer.Ordinal)
    {
        ["POST /documenten/{document}"] = [400, 404, 406, 413, 415, 422, 503],
        ["POST /validaties"] = [400, 413, 415, 422],
        ["POST /berekeningen"] = [400, 413, 415, 422],
        ["GET /documenten"] = [],
        ["GET /formulieren/{id}"] = [404],
        ["GET /profiel"] = [],
        ["GET /profiel/basislijn"] = [503],
        ["GET /audit"] = [400],
        ["POST /batches"] = [400, 413, 415, 503],
        ["GET /batches"] = [],
        ["GET /batches/{id}"] = [404],
        ["GET /batches/{id}/rapport"] = [404],
        ["GET /batches/{id}/bestanden"] = [404, 409],
        ["DELETE /batches/{id}"] = [404],
        ["GET /aanvragen"] = [400],
        ["GET /aanvragen/{id}"] = [404],
        ["POST /aanvragen/{id}/afgenomen"] = [404],
        ["GET /aanvragen/{id}/bestanden/{bestand}"] = [404],
        ["GET /aanvragen/{id}/ontvangstbevestiging"] = [404, 503],
        ["GET /aanvragen/{id}/ontbrekende-gegevens"] = [400, 404, 406, 422, 503],
    };

    private static readonly int[] KeyStatuses = [401, 403, 429];

    /// <summary>
    /// The case as the request body. The endpoints read the body themselves (so a wrong type is our 415 problem, not a
    /// routing miss), which leaves the document to say what it is.
    /// </summary>
    public static Task CaseBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Description = "The case JSON (schemas/smi-case.schema.json). The example is examples/cases/toekenning-een-kind-dagopvang.json.",
            Required = true,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [MediaTypes.Json] = new()
                {
                    Schema = new OpenApiSchemaReference(CaseSchema, context.Document),
                    Example = JsonNode.Parse(Resource("voorbeeldzaak.json")),
                },
            },
        };
        return Task.CompletedTask;
    }

    public static void Configure(OpenApiOptions options) =>
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Smi.Docs API",
                Version = "v1",
                Description = "SMI decisions, letters and forms for Dutch municipalities as HTML, DOCX and PDF. Every /api/v1 request carries a tenant's key (Authorization: Bearer <key> or X-Api-Key). Errors are RFC 9457 problem+json with the located diagnostics of docs/diagnostics.md.",
            };
            // The server's own address differs per machine and per test host; the checked-in document names none.
            document.Servers = [];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["apiKey"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A tenant's key from smi-docs keys create.",
            };
            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            foreach (var (name, schema) in CaseSchemas())
            {
                document.Components.Schemas[name] = schema;
            }
            AddProblemResponses(document);
            return Task.CompletedTask;
        });

    /// <summary>
    /// The case JSON Schema as components: the root as <see cref="CaseSchema"/>, each of its draft-07
    /// <c>definitions</c> as <c>Zaak.&lt;name&gt;</c> with the references pointed there. Read through a small OpenAPI
    /// 3.1 document so the OpenAPI library builds the schema objects (and their references) itself.
    /// </summary>
    private static IEnumerable<KeyValuePair<string, IOpenApiSchema>> CaseSchemas()
    {
        var root = JsonNode.Parse(Resource("smi-case.schema.json"))!.AsObject();
        var definitions = root["definitions"]?.AsObject() ?? [];
        root.Remove("definitions");
        root.Remove("$schema");
        var schemas = new JsonObject { [CaseSchema] = root.DeepClone() };
        foreach (var (name, definition) in definitions)
        {
            schemas[$"{CaseSchema}.{name}"] = definition!.DeepClone();
        }
        var text = new JsonObject
        {
            ["openapi"] = "3.1.1",
            ["info"] = new JsonObject { ["title"] = CaseSchema, ["version"] = "1" },
            ["paths"] = new JsonObject(),
            ["components"] = new JsonObject { ["schemas"] = schemas },
        }.ToJsonString().Replace("\"#/definitions/", $"\"#/components/schemas/{CaseSchema}.", StringComparison.Ordinal);
        var read = OpenApiDocument.Parse(text, "json");
        return read.Document?.Components?.Schemas
            ?? throw new InvalidOperationException("the embedded case schema did not read as OpenAPI components");
    }

    /// <summary>Every problem status of <see cref="ProblemStatuses"/> as problem+json with an example body, where the endpoint metadata left one out.</summary>
    private static void AddProblemResponses(OpenApiDocument document)
    {
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var key = $"{method.Method.ToUpperInvariant()} {path[ApiPrefix.Length..]}";
                if (!path.StartsWith(ApiPrefix, StringComparison.Ordinal) || !ProblemStatuses.TryGetValue(key, out var statuses))
                {
                    continue;
                }
                operation.Responses ??= [];
                foreach (var status in KeyStatuses.Concat(statuses).Order())
                {
                    var code = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    operation.Responses[code] = new OpenApiResponse
                    {
                        Description = ReasonPhrases.GetReasonPhrase(status),
                        Content = new Dictionary<string, OpenApiMediaType>
                        {
                            [Problem.MediaType] = new()
                            {
                                Schema = new OpenApiSchemaReference(ProblemSchema, document),
                                Example = ProblemExample(status, path),
                            },
                        },
                    };
                }
                // Responses in status order, so the document reads (and diffs) the same however the metadata was added.
                var ordered = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
                operation.Responses.Clear();
                foreach (var (status, response) in ordered)
                {
                    operation.Responses[status] = response;
                }
            }
        }
    }

    /// <summary>A problem answer as the service writes it (<see cref="Problem.Body"/>), with a diagnostic typical of the status.</summary>
    private static JsonNode? ProblemExample(int status, string path)
    {
        var diagnostic = status switch
        {
            // CaseCodes.Input.All is x001..x010 in order: [0] is SMI1001, malformed JSON, the 400 of a case endpoint.
            400 when path != ApiPrefix + "/audit" && path != ApiPrefix + "/aanvragen" =>
                Diagnostic.Error(CaseCodes.Input.All[0], "malformed JSON; the text is not valid JSON from here on", new SourceLocation("zaak.json", Line: 3, Column: 18)),
            400 => Diagnostic.Error(ServerCodes.InvalidParameter, "limiet takes a whole number from 1 to 1000", new SourceLocation("?limiet")),
            401 => Diagnostic.Error(ServerCodes.ApiKeyMissing, "no API key; send it as Authorization: Bearer <key> or X-Api-Key", new SourceLocation(null)),
            403 => Diagnostic.Error(ServerCodes.ApiKeyRevoked, "this API key was revoked; ask the operator for a new one", new SourceLocation(null)),
            404 when path.Contains("/documenten/", StringComparison.Ordinal) =>
                Diagnostic.Error(OptionCodes.UnknownDocument, "document 'besluit' is unknown; available: afwijzing, toekenning, …", new SourceLocation("{document}")),
            404 when path.Contains("/aanvragen/", StringComparison.Ordinal) =>
                Diagnostic.Error(ServerCodes.NotFound, "no sent application with this id for this municipality", new SourceLocation("{id}")),
            404 => Diagnostic.Error(ServerCodes.NotFound, "this form is unknown; available: aanvraagformulier", new SourceLocation("{id}")),
            406 => Diagnostic.Error(ServerCodes.NotAcceptable, "none of the accepted media types is made here; accept application/pdf, the DOCX media type or text/html", new SourceLocation(null)),
            413 => Diagnostic.Error(CaseCodes.FileTooLarge, "the file is larger than 1024 KiB; expected a smaller file", new SourceLocation("zaak.json")),
            415 => Diagnostic.Error(ServerCodes.UnsupportedMediaType, "expected a body of type application/json", new SourceLocation(null)),
            // [1] is SMI1002, a required field missing.
            422 => Diagnostic.Error(CaseCodes.Input.All[1], "required field 'aanvraagdatum' is missing", new SourceLocation("zaak.json", JsonPath: "$.aanvraagdatum")),
            429 => Diagnostic.Error(ServerCodes.RateLimited, "too many requests; wait and send again", new SourceLocation(null)),
            _ => Diagnostic.Error(ServerCodes.Busy, "the PDF queue is full; send again after the Retry-After seconds", new SourceLocation(null)),
        };
        return JsonSerializer.SerializeToNode(Problem.Body(status, [diagnostic], path), ExampleJson);
    }

    private static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Smi.Docs.Server.{name}")
            ?? throw new InvalidOperationException($"resource {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
