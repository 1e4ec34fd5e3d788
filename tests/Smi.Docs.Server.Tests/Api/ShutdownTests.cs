using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>
/// A service that stops (a deployment, a scale-down) finishes the renders in flight: a request is held in the service
/// by a test hook until the stop has begun, and still gets its whole document.
/// </summary>
public sealed class ShutdownTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_render_in_flight_when_the_service_stops_is_finished()
    {
        await using var service = new TestService();
        var (status, body, stopWaitedForIt) = await RenderDuringStopAsync(service, "/api/v1/documenten/toekenning?formaat=html");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("</html>", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        Assert.True(stopWaitedForIt, "the stop waited for the request");
    }

    [Fact]
    public void The_service_waits_up_to_30_seconds_for_requests_in_flight()
    {
        using var service = new TestService();

        Assert.Equal(TimeSpan.FromSeconds(30), service.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
    }

    /// <summary>
    /// Sends a request to the service on Kestrel (the in-memory test server does not wait for requests when it stops),
    /// holds it in a middleware until the stop has begun, then lets it go on; whether the stop was still waiting then.
    /// </summary>
    internal static async Task<(HttpStatusCode Status, byte[] Body, bool StopWaitedForIt)> RenderDuringStopAsync(TestService service, string path)
    {
        var key = await service.AddTenantAsync("voorbeeldstad");
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var factory = service.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IStartupFilter>(new HoldFilter(held, release))));
        factory.UseKestrel(0);
        factory.StartServer();
        // Our own client: the factory disposes the ones it made when it stops, which would cut the request off itself.
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);

        var request = client.SendAsync(Post(path, Case()), Ct);
        await held.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var stop = factory.DisposeAsync().AsTask();
        await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
        var stopWaitedForIt = !stop.IsCompleted;
        release.SetResult();
        var answer = await request;
        var body = await answer.Content.ReadAsByteArrayAsync(Ct);
        await stop;
        return (answer.StatusCode, body, stopWaitedForIt);
    }

    private sealed class HoldFilter(TaskCompletionSource held, TaskCompletionSource release) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate following) =>
            {
                if (context.Request.Path.StartsWithSegments("/api"))
                {
                    held.TrySetResult();
                    await release.Task;
                }
                await following(context);
            });
            next(app);
        };
    }
}
