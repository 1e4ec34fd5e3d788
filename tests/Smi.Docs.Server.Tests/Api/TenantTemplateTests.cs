using System.Net;
using static Smi.Docs.Server.Tests.Api.Requests;

namespace Smi.Docs.Server.Tests.Api;

/// <summary>A tenant with its own copy of the templates renders with it; another tenant never sees it.</summary>
public sealed class TenantTemplateTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("smi-docs-tenant-templates-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Marker = "Wij helpen u graag in Beemster.";

    [Fact]
    public async Task Each_tenant_renders_with_its_own_templates_and_gets_their_version()
    {
        var own = CopyTemplatesWithMarker();
        await using var service = new TestService();
        var plain = service.ClientWith(await service.AddTenantAsync("voorbeeldstad"));
        var custom = service.ClientWith(await service.AddTenantAsync("beemster", profile: "beemster", templates: own));

        var withOwn = await custom.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Case()), Ct);
        var withShipped = await plain.SendAsync(Post("/api/v1/documenten/toekenning?formaat=html", Case()), Ct);

        Assert.Equal(HttpStatusCode.OK, withOwn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withShipped.StatusCode);
        Assert.Contains(Marker, await withOwn.Content.ReadAsStringAsync(Ct));
        Assert.DoesNotContain(Marker, await withShipped.Content.ReadAsStringAsync(Ct));
        Assert.NotEqual(withOwn.Headers.GetValues("X-Smi-Sjabloonversie").Single(), withShipped.Headers.GetValues("X-Smi-Sjabloonversie").Single());
    }

    /// <summary>templates/ and locales/ copied side by side, with one sentence added to the toekenning.</summary>
    private string CopyTemplatesWithMarker()
    {
        var root = _root;
        foreach (var folder in new[] { "templates", "locales" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, folder), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, Path.GetRelativePath(RepoPaths.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        var toekenning = Path.Combine(root, "templates", "toekenning", "toekenning.sbn-md");
        File.AppendAllText(toekenning, Environment.NewLine + Marker + Environment.NewLine);
        return Path.Combine(root, "templates");
    }
}
