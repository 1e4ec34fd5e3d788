using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Smi.Docs.Server;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, generated from the endpoints, with the key as its security scheme
/// (shown by the reference at <c>/api/docs</c>).
/// </summary>
internal static class ApiDocument
{
    /// <summary>
    /// The case as the request body. The endpoints read the body themselves (so a wrong type is our 415 problem, not a
    /// routing miss), which leaves the document to say what it is.
    /// </summary>
    public static Task CaseBody(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.RequestBody = new OpenApiRequestBody
        {
            Description = "The case JSON (schemas/smi-case.schema.json).",
            Content = new Dictionary<string, OpenApiMediaType> { [Http.MediaTypes.Json] = new() },
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
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["apiKey"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A tenant's key from smi-docs keys create.",
            };
            return Task.CompletedTask;
        });
}
