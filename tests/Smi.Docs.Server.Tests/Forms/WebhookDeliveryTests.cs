using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Smi.Docs.Server.Tests.Cli;
using Smi.Docs.Server.Tests.Api;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// The webhook on sending (issue 17 point 5): the operator sets it with <c>smi-docs tenants webhook</c>, a parent sends the
/// form without script, and a receiver on loopback gets a notice with the id and no answer, signed over
/// "&lt;timestamp&gt;.&lt;body&gt;" with the secret the CLI printed; a receiver that answers 500 first gets it again.
/// </summary>
public sealed class WebhookDeliveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sent_form_is_notified_signed_without_answers_and_again_after_a_500()
    {
        await using var service = new TestService(settings: BatchTests.Quick);
        var key = await service.AddTenantAsync("voorbeeldstad");
        using var receiver = new Receiver(HttpStatusCode.InternalServerError, HttpStatusCode.NoContent);
        var refused = await OperatorCommandTests.RunAsync("tenants", "webhook", "voorbeeldstad", "--url", "http://example.org/hook", "--data", service.Storage.DataFolder!);
        var set = await OperatorCommandTests.RunAsync("tenants", "webhook", "voorbeeldstad", "--url", receiver.Url, "--data", service.Storage.DataFolder!);
        var secret = set.Output.Trim();
        Assert.Equal((2, 0), (refused.Exit, set.Exit));
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);

        var parent = new FormFlow(service);
        var answers = FormFlow.Answers();
        await parent.BeginAsync();
        await parent.FillAllAsync(answers);
        await parent.SendAsync();
        Assert.EndsWith("/verzonden?taal=nl", parent.Last.Path, StringComparison.Ordinal);

        var deliveries = await receiver.WaitForAsync(2, TimeSpan.FromSeconds(60));
        using var api = service.ClientWith(key);
        var waiting = JsonNode.Parse(await api.GetStringAsync("/api/v1/aanvragen?status=nieuw", Ct))!.AsArray();
        var id = Assert.Single(waiting)!["id"]!.GetValue<string>();
        Assert.StartsWith("AV-", id, StringComparison.Ordinal);
        foreach (var delivery in deliveries)
        {
            var notice = JsonNode.Parse(delivery.Body)!.AsObject();
            Assert.Equal(["type", "id", "gemeente", "ontvangen"], notice.Select(p => p.Key));
            Assert.Equal(("aanvraag.nieuw", id, "voorbeeldstad"), (notice["type"]!.GetValue<string>(), notice["id"]!.GetValue<string>(), notice["gemeente"]!.GetValue<string>()));
            Assert.True(DateTimeOffset.UtcNow - DateTimeOffset.Parse(notice["ontvangen"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) < TimeSpan.FromMinutes(5));
            // The receiver's check: HMAC-SHA256 under the secret of "<timestamp>.<body bytes>".
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), (byte[])[.. Encoding.ASCII.GetBytes(delivery.Timestamp + "."), .. delivery.Body]));
            Assert.Equal(expected, delivery.Signature);
            Assert.True(Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(delivery.Timestamp, System.Globalization.CultureInfo.InvariantCulture)) < 300);
            var text = Encoding.UTF8.GetString(delivery.Body);
            foreach (var value in answers.Values.SelectMany(a => a.Values).Where(v => v.Length >= 5))
            {
                Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
            }
            Assert.DoesNotContain("Vrzlquistenbosch", text, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(deliveries[0].Body, deliveries[1].Body);
        Assert.Equal(2, receiver.Count);
    }

    [Fact]
    public async Task The_cli_refuses_a_plain_http_url_and_an_unknown_tenant_and_removes_a_webhook()
    {
        await using var service = new TestService();
        await service.AddTenantAsync("voorbeeldstad");
        var data = service.Storage.DataFolder!;

        var plain = await OperatorCommandTests.RunAsync("tenants", "webhook", "voorbeeldstad", "--url", "http://gemeente.example/hook", "--data", data);
        var unknown = await OperatorCommandTests.RunAsync("tenants", "webhook", "nergensdorp", "--url", "https://gemeente.example/hook", "--data", data);
        var first = await OperatorCommandTests.RunAsync("tenants", "webhook", "voorbeeldstad", "--url", "https://gemeente.example/hook", "--data", data);
        var second = await OperatorCommandTests.RunAsync("tenants", "webhook", "voorbeeldstad", "--url", "https://zaken.gemeente.example/hook", "--data", data);
        Webhook? stored;
        await using (var database = await SmiDatabase.OpenAsync(service.Storage, Ct))
        {
            stored = await new WebhookStore(database).FindAsync("voorbeeldstad", Ct);
        }
        var removed = await OperatorCommandTests.RunAsync("tenants", "webhook", "voorbeeldstad", "--remove", "--data", data);

        Assert.Equal((2, 2, 0, 0, 0), (plain.Exit, unknown.Exit, first.Exit, second.Exit, removed.Exit));
        Assert.NotEqual(first.Output.Trim(), second.Output.Trim());
        Assert.Equal(("https://zaken.gemeente.example/hook", second.Output.Trim()), (stored!.Url, stored.Secret));
        await using var after = await SmiDatabase.OpenAsync(service.Storage, Ct);
        Assert.Null(await new WebhookStore(after).FindAsync("voorbeeldstad", Ct));
    }

    /// <summary>A webhook receiver on loopback answering each POST with the next status in line (the last one after that).</summary>
    private sealed class Receiver : IDisposable
    {
        private readonly HttpListener _listener = new();
        private readonly ConcurrentQueue<Delivery> _deliveries = new();
        private readonly HttpStatusCode[] _answers;
        private readonly Task _loop;

        public Receiver(params HttpStatusCode[] answers)
        {
            _answers = answers;
            using (var probe = new TcpListener(IPAddress.Loopback, 0))
            {
                probe.Start();
                Url = $"http://127.0.0.1:{((IPEndPoint)probe.LocalEndpoint).Port}/webhook/";
                probe.Stop();
            }
            _listener.Prefixes.Add(Url);
            _listener.Start();
            _loop = Task.Run(LoopAsync);
        }

        public string Url { get; }

        public int Count => _deliveries.Count;

        public async Task<IReadOnlyList<Delivery>> WaitForAsync(int count, TimeSpan timeout)
        {
            var until = DateTime.UtcNow + timeout;
            while (_deliveries.Count < count && DateTime.UtcNow < until)
            {
                await Task.Delay(100, Ct);
            }
            Assert.True(_deliveries.Count >= count, $"{_deliveries.Count} of {count} deliveries arrived");
            return [.. _deliveries];
        }

        private async Task LoopAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                var index = _deliveries.Count;
                _deliveries.Enqueue(new Delivery(body.ToArray(), context.Request.Headers["X-Smi-Timestamp"] ?? "", context.Request.Headers["X-Smi-Signature"] ?? ""));
                context.Response.StatusCode = (int)_answers[Math.Min(index, _answers.Length - 1)];
                context.Response.Close();
            }
        }

        public void Dispose()
        {
            _listener.Stop();
            _listener.Close();
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
    }

    private sealed record Delivery(byte[] Body, string Timestamp, string Signature);
}
