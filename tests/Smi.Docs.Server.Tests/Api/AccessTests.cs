using System.Net;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>Keys: missing or unknown is 401, revoked or naming another tenant is 403; a key reaches only its own tenant.</summary>
public sealed class AccessTests(SharedService shared) : IClassFixture<SharedService>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_key_is_401()
    {
        var response = await shared.Service.ClientWith(null).GetAsync("/api/v1/documenten", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["SMI4101"], Codes(await ProblemAsync(response)));
    }

    [Fact]
    public async Task An_unknown_key_is_401_and_the_key_is_not_echoed()
    {
        var response = await shared.Service.ClientWith("smi_000000000000_geheimgeheimgeheim").GetAsync("/api/v1/documenten", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("geheimgeheimgeheim", body);
        Assert.Equal(["SMI4102"], Codes(Parse(body)));
    }

    [Fact]
    public async Task The_key_may_come_as_x_api_key()
    {
        var client = shared.Service.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", shared.VoorbeeldstadKey);

        var response = await client.GetAsync("/api/v1/documenten", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_is_403_while_the_tenant_s_other_key_still_works()
    {
        var revoked = await shared.Service.NewKeyAsync("voorbeeldstad");
        await shared.Service.RevokeAsync(revoked);

        var refused = await shared.Service.ClientWith(revoked).GetAsync("/api/v1/profiel", Ct);
        var allowed = await shared.Voorbeeldstad.GetAsync("/api/v1/profiel", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(["SMI4103"], Codes(await ProblemAsync(refused)));
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Naming_another_tenant_is_403()
    {
        var response = await shared.Voorbeeldstad.GetAsync("/api/v1/audit?gemeente=beemster", Ct);
        var own = await shared.Voorbeeldstad.GetAsync("/api/v1/audit?gemeente=voorbeeldstad", Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(["SMI4104"], Codes(await ProblemAsync(response)));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task A_key_renders_with_its_own_profile_and_sees_only_its_own_audit_entries()
    {
        var a = await shared.Voorbeeldstad.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Case()), Ct);
        var b = await shared.Beemster.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Case()), Ct);

        var htmlA = await a.Content.ReadAsStringAsync(Ct);
        var htmlB = await b.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Gemeente Voorbeeldstad", htmlA);
        Assert.DoesNotContain("Beemster", htmlA);
        Assert.Contains("Beemster", htmlB);

        var profileA = Parse(await shared.Voorbeeldstad.GetStringAsync("/api/v1/profiel", Ct));
        Assert.Equal("Voorbeeldstad", profileA["gemeente"]!["naam"]!.GetValue<string>());

        var auditA = Parse(await shared.Voorbeeldstad.GetStringAsync("/api/v1/audit", Ct)).AsArray();
        var auditB = Parse(await shared.Beemster.GetStringAsync("/api/v1/audit", Ct)).AsArray();
        Assert.NotEmpty(auditA);
        Assert.NotEmpty(auditB);
        Assert.All(auditA, e => Assert.Equal("voorbeeldstad", e!["tenantId"]!.GetValue<string>()));
        Assert.All(auditB, e => Assert.Equal("beemster", e!["tenantId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_unknown_path_is_404_as_a_problem()
    {
        var response = await shared.Voorbeeldstad.GetAsync("/nergens", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(["SMI4109"], Codes(await ProblemAsync(response)));
    }
}
