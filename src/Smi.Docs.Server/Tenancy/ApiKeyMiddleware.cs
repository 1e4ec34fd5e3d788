using Microsoft.Extensions.Primitives;
using Smi.Docs.Diagnostics;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Http;

namespace Smi.Docs.Server.Tenancy;

/// <summary>
/// Every <c>/api/v1</c> request carries a key (<c>Authorization: Bearer &lt;key&gt;</c> or <c>X-Api-Key</c>); the key names
/// its tenant, and everything the request reaches (profile, templates, audit entries) is that tenant's. A request that
/// names a tenant (<c>?gemeente=</c>) must name the key's own.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next)
{
    public const string ApiPrefix = "/api/v1";
    public const string ApiKeyHeader = "X-Api-Key";
    public const string TenantParameter = "gemeente";

    public async Task InvokeAsync(HttpContext context, DatabaseHost storage, ILogger<ApiKeyMiddleware> logger)
    {
        if (!context.Request.Path.StartsWithSegments(ApiPrefix, StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }
        var secret = KeyIn(context.Request);
        if (secret is null)
        {
            await Refuse(context, logger, StatusCodes.Status401Unauthorized, ServerCodes.ApiKeyMissing, "no API key; send it as Authorization: Bearer <key> or X-Api-Key", "Authorization");
            return;
        }
        var key = await storage.Keys.FindBySecretAsync(secret, context.RequestAborted);
        if (key is null)
        {
            await Refuse(context, logger, StatusCodes.Status401Unauthorized, ServerCodes.ApiKeyUnknown, "this API key is unknown", "Authorization");
            return;
        }
        if (key.Revoked)
        {
            await Refuse(context, logger, StatusCodes.Status403Forbidden, ServerCodes.ApiKeyRevoked, "this API key was revoked; ask the operator for a new one", "Authorization");
            return;
        }
        if (context.Request.Query[TenantParameter] is { Count: > 0 } named && named.Any(n => n != key.TenantId))
        {
            await Refuse(context, logger, StatusCodes.Status403Forbidden, ServerCodes.OtherTenant, "this key belongs to another municipality", "?" + TenantParameter);
            return;
        }
        var tenant = await storage.Tenants.FindAsync(key.TenantId, context.RequestAborted)
            ?? throw new InvalidOperationException("a key's tenant is missing; the foreign key should have prevented it");
        context.SetCaller(new Caller(tenant, key.KeyId));
        await next(context);
    }

    private static string? KeyIn(HttpRequest request)
    {
        if (request.Headers.Authorization is { Count: > 0 } authorization
            && authorization.ToString() is var value
            && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Blank(value["Bearer ".Length..]);
        }
        return request.Headers.TryGetValue(ApiKeyHeader, out StringValues header) ? Blank(header.ToString()) : null;
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The refusal is logged by its code, never with the key that was sent.</summary>
    private static Task Refuse(HttpContext context, ILogger logger, int status, DiagnosticCode code, string message, string where)
    {
        logger.LogWarning("Refused a request: {Status} {Code}", status, code.Id);
        return Problem.For(status, [Diagnostic.Error(code, message, new SourceLocation(where))]).ExecuteAsync(context);
    }
}
