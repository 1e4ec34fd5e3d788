using System.Net;
using Smi.Docs.Server.Tests.Api;

namespace Smi.Docs.Server.Tests.Forms;

/// <summary>
/// A tenant with its own copy of the templates gets the online form from its copy, as it gets its printed form: the same
/// definition on paper and online (issue 17). Another tenant keeps the shipped form.
/// </summary>
public sealed class TenantFormTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("smi-docs-tenant-form-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private const string ShippedLabel = "label: Achternaam, type: tekst, verplicht: true, autocomplete: family-name";

    private const string OwnLabel = "Achternaam, zoals in uw paspoort";

    [Fact]
    public async Task A_tenant_with_its_own_templates_asks_its_own_questions_and_another_tenant_the_shipped_ones()
    {
        var own = Path.Combine(_root, "templates");
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "templates"), "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(own, Path.GetRelativePath(Path.Combine(RepoPaths.Root, "templates"), file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var definition = Path.Combine(own, "aanvraagformulier", "aanvraagformulier.form.yaml");
        var text = await File.ReadAllTextAsync(definition, TestContext.Current.CancellationToken);
        Assert.Contains(ShippedLabel, text, StringComparison.Ordinal);
        await File.WriteAllTextAsync(definition, text.Replace(ShippedLabel, $"label: \"{OwnLabel}\", type: tekst, verplicht: true, autocomplete: family-name", StringComparison.Ordinal), TestContext.Current.CancellationToken);
        await using var service = new TestService();
        await service.AddTenantAsync("beemster", profile: "beemster", templates: own);
        await service.AddTenantAsync("voorbeeldstad");

        var beemster = new FormFlow(service, "beemster");
        await beemster.BeginAsync();
        var voorbeeldstad = new FormFlow(service);
        await voorbeeldstad.BeginAsync();
        // This copy has no locales/ beside it: English comes from the shipped translation rather than not at all.
        var english = new FormFlow(service, "beemster", "en");
        await english.BeginAsync();

        Assert.Contains(OwnLabel, WebUtility.HtmlDecode(beemster.Last.Html), StringComparison.Ordinal);
        Assert.DoesNotContain(OwnLabel, WebUtility.HtmlDecode(voorbeeldstad.Last.Html), StringComparison.Ordinal);
        Assert.Contains("lang=\"en", english.Last.Html, StringComparison.Ordinal);
    }
}
