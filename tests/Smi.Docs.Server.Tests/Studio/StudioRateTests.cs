using System.Net;

namespace Smi.Docs.Server.Tests.Studio;

/// <summary>Sign-in attempts are limited per client address, on top of the lock-out per account.</summary>
public sealed class StudioRateTests
{
    [Fact]
    public async Task One_sign_in_more_than_the_rate_allows_is_refused_with_429()
    {
        await using var studio = StudioService.WithSignInRate(3);
        await studio.InitializeAsync();
        var client = studio.Client();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await StudioService.SignInAsync(client, "voorbeeldstad", $"iemand{attempt}", "wat dan ook hier")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }
}
