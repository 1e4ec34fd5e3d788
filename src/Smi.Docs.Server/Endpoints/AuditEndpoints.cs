using System.Globalization;
using Smi.Docs.Diagnostics;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Server.Http;
using Smi.Docs.Server.Tenancy;

namespace Smi.Docs.Server.Endpoints;

/// <summary><c>GET /api/v1/audit?limiet=100</c>: the caller's own audit entries, newest first; never another tenant's.</summary>
internal static class AuditEndpoints
{
    public static async Task<IResult> ListAsync(HttpContext context, DatabaseHost storage)
    {
        var limit = 100;
        if (context.Request.Query["limiet"].FirstOrDefault() is { } text && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out limit))
        {
            return Problem.For(StatusCodes.Status400BadRequest, [Diagnostic.Error(ServerCodes.InvalidParameter, "limiet takes a whole number from 1 to 1000", new SourceLocation("?limiet"))]);
        }
        return ApiJson.Of(await storage.Audit.ListAsync(context.Caller().Tenant.Id, limit, context.RequestAborted));
    }
}
