using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Hangfire;
using Smi.Docs.Server.Batches;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Forms;

/// <summary>
/// The notice a municipality's system gets when a parent sends an application (issue 17 point 5): <c>{"type":
/// "aanvraag.nieuw", "id", "gemeente", "ontvangen"}</c>, no answers and no case data (the receiver fetches those with its
/// API key), signed as <c>X-Smi-Signature: sha256=&lt;hex HMAC-SHA256 of "&lt;X-Smi-Timestamp&gt;.&lt;body&gt;"&gt;</c> under
/// the tenant's webhook secret, so a receiver can check it came from us and refuse an old one replayed.
/// </summary>
internal static class ApplicationWebhook
{
    public const string Type = "aanvraag.nieuw";
    public const string SignatureHeader = "X-Smi-Signature";
    public const string TimestampHeader = "X-Smi-Timestamp";

    /// <summary>
    /// Called once an application is sent: when the tenant has a webhook, queues its delivery (<see cref="ApplicationWebhookJobs"/>)
    /// and returns; the parent never waits for the receiver. A failure to queue is logged, not shown to the parent, whose
    /// application is stored (the municipality still finds it with <c>?status=nieuw</c>).
    /// </summary>
    public static async Task NotifyAsync(HttpContext http, string tenantId, string applicationId)
    {
        var services = http.RequestServices;
        // Not the request's token: the application is sent, so its notice is queued even when the browser goes away now.
        var cancellationToken = CancellationToken.None;
        try
        {
            var database = services.GetRequiredService<DatabaseHost>().Database;
            if (await new WebhookStore(database).FindAsync(tenantId, cancellationToken) is null
                || await new ApplicationStore(database).FindAsync(tenantId, applicationId, cancellationToken) is not { OntvangenAt: { } received })
            {
                return;
            }
            var ontvangen = received.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            services.GetRequiredService<BatchJobHost>().Client.Enqueue<ApplicationWebhookJobs>(j => j.DeliverAsync(tenantId, applicationId, ontvangen, CancellationToken.None));
        }
        catch (Exception e)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApplicationWebhook))
                .LogWarning("The webhook notice of application {Id} for {Tenant} was not queued ({ExceptionType})", applicationId, tenantId, e.GetType().FullName);
        }
    }

    /// <summary>The notice's exact bytes: what is signed and what is sent.</summary>
    public static byte[] Body(string tenantId, string applicationId, string ontvangen) => Encoding.UTF8.GetBytes(new JsonObject
    {
        ["type"] = Type,
        ["id"] = applicationId,
        ["gemeente"] = tenantId,
        ["ontvangen"] = ontvangen,
    }.ToJsonString());

    /// <summary>The header value: <c>sha256=</c> and the lower-case hex HMAC-SHA256 of "<paramref name="timestamp"/>.<paramref name="body"/>".</summary>
    public static string Signature(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var signed = new byte[Encoding.ASCII.GetByteCount(timestamp) + 1 + body.Length];
        var at = Encoding.ASCII.GetBytes(timestamp, signed);
        signed[at] = (byte)'.';
        body.CopyTo(signed.AsSpan(at + 1));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
