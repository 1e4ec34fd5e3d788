using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Smi.Docs.Server.Hosting;

namespace Smi.Docs.Server.Studio;

/// <summary>
/// The studio's sign-in cookie (HttpOnly, SameSite=Strict, Secure when the request came over HTTPS, path /studio). It
/// holds only the account's id and tenant; the account itself is read again on every request, so a removed account or
/// a changed role takes effect at once. The API's keys and this cookie never meet: /api/v1 does not read it.
/// </summary>
internal static class StudioAuth
{
    public const string Scheme = "studio";
    private const string TenantClaim = "smi:tenant";

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = "smi-studio";
        options.Cookie.Path = StudioRoutes.Root;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.ExpireTimeSpan = TimeSpan.FromHours(8);
        options.SlidingExpiration = true;
    }

    public static Task SignInAsync(HttpContext context, Storage.StudioAccount account) =>
        context.SignInAsync(Scheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, account.Id), new Claim(TenantClaim, account.TenantId)], Scheme)));

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(Scheme);

    /// <summary>The signed-in account, or null. Sets <see cref="HttpContext.User"/>, which the anti-forgery tokens are bound to.</summary>
    public static async Task<StudioSession?> SessionAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(Scheme);
        if (!result.Succeeded || result.Principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id || result.Principal.FindFirstValue(TenantClaim) is not { } tenantId)
        {
            return null;
        }
        var storage = context.RequestServices.GetRequiredService<DatabaseHost>();
        if (await new Storage.StudioAccountStore(storage.Database).FindAsync(tenantId, id, context.RequestAborted) is not { } account
            || await storage.Tenants.FindAsync(tenantId, context.RequestAborted) is not { } tenant)
        {
            return null;
        }
        context.User = result.Principal;
        return new StudioSession(account, tenant);
    }
}
