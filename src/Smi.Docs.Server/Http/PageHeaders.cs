namespace Smi.Docs.Server.Http;

/// <summary>The headers every HTML page of the studio and the online form sends, in one place.</summary>
internal static class PageHeaders
{
    /// <summary>
    /// The page's policy (unless the endpoint set its own, as the studio's sandboxed preview does) with no framing; no
    /// content sniffing; no referrer, so no address with a document or a code in it travels to another site; and no
    /// caching of anything but the static assets, so a shared computer keeps no page of a parent's answers.
    /// </summary>
    public static void Apply(HttpContext context, string contentSecurityPolicy, PathString assets)
    {
        var headers = context.Response.Headers;
        // A page with a policy of its own (the studio's preview, the form's receipt with its inline style by hash) keeps it.
        headers.TryAdd("Content-Security-Policy", contentSecurityPolicy);
        headers.TryAdd("X-Frame-Options", "DENY");
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        if (!context.Request.Path.StartsWithSegments(assets, StringComparison.OrdinalIgnoreCase))
        {
            headers.CacheControl = "no-store";
        }
    }
}
