using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tenancy;

/// <summary>Who sent a request: the tenant its key belongs to, and the key's id (never the key).</summary>
internal sealed record Caller(Tenant Tenant, string KeyId);

internal static class CallerExtensions
{
    private static readonly object Key = new();

    public static Caller? FindCaller(this HttpContext context) => context.Items.TryGetValue(Key, out var caller) ? (Caller?)caller : null;

    /// <summary>The caller of an <c>/api</c> endpoint, which <see cref="ApiKeyMiddleware"/> has let through.</summary>
    public static Caller Caller(this HttpContext context) =>
        context.FindCaller() ?? throw new InvalidOperationException("an API endpoint runs only after ApiKeyMiddleware");

    public static void SetCaller(this HttpContext context, Caller caller) => context.Items[Key] = caller;
}
