using System.Net;
using Smi.Docs.Server.Tests.Storage;
using Smi.Docs.Storage;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>The whole service on PostgreSQL: keys, rendering and the audit trail, as on SQLite.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresServiceTests(PostgresCluster postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_render_on_postgresql_is_authorised_and_audited()
    {
        await using var service = new TestService(StorageLocation.PostgreSql(await postgres.NewDatabaseAsync()));
        var client = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));

        var response = await client.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Case()), Ct);
        var audit = Parse(await client.GetStringAsync("/api/v1/audit", Ct)).AsArray();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = Assert.Single(audit)!;
        Assert.Equal("ok", entry["outcome"]!.GetValue<string>());
        Assert.Equal("SMI-2026-000417", entry["kenmerk"]!.GetValue<string>());
    }
}
