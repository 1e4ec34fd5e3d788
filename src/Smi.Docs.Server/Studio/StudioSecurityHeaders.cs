namespace Smi.Docs.Server.Studio;

/// <summary>
/// The studio's answers load nothing from outside: every page carries a Content-Security-Policy that allows only the
/// service's own scripts, styles and requests, and may not be framed. The preview of a letter gets a stricter one of
/// its own (<see cref="Preview"/>): no script at all, inline styles and data: images only, sandboxed.
/// </summary>
internal static class StudioSecurityHeaders
{
    private const string NonceItem = "smi:studio-style-nonce";

    /// <summary>
    /// The page's policy. CodeMirror puts its own style rules into a &lt;style&gt; element; <paramref name="styleNonce"/>
    /// (new for every page, <see cref="NewStyleNonce"/>) lets that one element in, and no other inline style.
    /// </summary>
    public static string Page(string? styleNonce) =>
        $"default-src 'none'; script-src 'self'; style-src 'self'{(styleNonce is null ? "" : $" 'nonce-{styleNonce}'")}; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>A nonce for this answer's policy: 16 random bytes, so a page cannot guess the next one.</summary>
    public static string NewStyleNonce(HttpContext context)
    {
        var nonce = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        context.Items[NonceItem] = nonce;
        return nonce;
    }

    /// <summary>The letter's HTML carries its own style sheet and its logo as a data: URI (docs/architecture.md §5); nothing else may load.</summary>
    public const string Preview =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; frame-ancestors 'self'; base-uri 'none'; sandbox";

    public static async Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments(StudioRoutes.Root, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(() =>
            {
                Http.PageHeaders.Apply(context, Page(context.Items[NonceItem] as string), StudioRoutes.Assets);
                return Task.CompletedTask;
            });
        }
        await next(context);
    }
}
