using System.Globalization;
using System.Net.Http.Headers;
using Hangfire;
using Smi.Docs.Server.Batches;
using Smi.Docs.Server.Hosting;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Forms;

/// <summary>
/// Delivers a webhook notice (<see cref="ApplicationWebhook"/>) as a Hangfire job on the batches' queue: stored before it
/// runs, so it survives a restart, and tried again while the receiver is down or answers other than 2xx — after 5 seconds,
/// then ever longer, the last about three days after the first. Each attempt signs with a fresh timestamp and the tenant's
/// current url and secret.
/// </summary>
internal sealed class ApplicationWebhookJobs(DatabaseHost storage, ILogger<ApplicationWebhookJobs> logger)
{
    /// <summary>Redirects are not followed: the receiver is the address the operator set, not one it points to.</summary>
    private static readonly HttpClient Http = new(new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
    {
        Timeout = TimeSpan.FromSeconds(15),
    };

    [Queue(BatchJobHost.Queue)]
    [AutomaticRetry(Attempts = 10, DelaysInSeconds = [5, 60, 300, 900, 3600, 3 * 3600, 6 * 3600, 12 * 3600, 24 * 3600, 24 * 3600],
        OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task DeliverAsync(string tenantId, string applicationId, string ontvangen, CancellationToken cancellationToken)
    {
        if (await new WebhookStore(storage.Database).FindAsync(tenantId, cancellationToken) is not { } webhook || !WebhookStore.IsAllowedUrl(webhook.Url))
        {
            return; // removed since it was queued (an address that is not allowed is never stored; checked again all the same)
        }
        var body = ApplicationWebhook.Body(tenantId, applicationId, ontvangen);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(ApplicationWebhook.TimestampHeader, timestamp);
        request.Headers.Add(ApplicationWebhook.SignatureHeader, ApplicationWebhook.Signature(webhook.Secret, timestamp, body));
        using var response = await Http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // Thrown, so Hangfire tries again later; the message names the status only.
            throw new HttpRequestException($"the webhook of {tenantId} answered {(int)response.StatusCode}", null, response.StatusCode);
        }
        logger.LogInformation("Webhook notice of application {Id} delivered for {Tenant}", applicationId, tenantId);
    }
}
