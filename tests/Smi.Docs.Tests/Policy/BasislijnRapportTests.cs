using AngleSharp.Html.Parser;
using Smi.Docs.Cli;
using Smi.Docs.Html;
using Smi.Docs.Tests.EndToEnd;
using Smi.Docs.Tests.Pdf;
using Smi.Docs.Tests.Snapshots;

namespace Smi.Docs.Tests.Policy;

/// <summary>The basislijn report as the terminal table, the HTML page and the PDF a council gets.</summary>
public sealed class BasislijnRapportTests(ChromiumFixture chromium)
{
    [Theory]
    [MemberData(nameof(SeedProfiles.All), MemberType = typeof(SeedProfiles))]
    public void Text_report_matches_the_approved_snapshot(string id)
    {
        Approvals.Verify(BasislijnTekst.Maak(SeedProfiles.Rapport(id)), $"basislijn.{id}", "txt");
    }

    [Fact]
    public void Html_report_matches_the_approved_snapshot()
    {
        Approvals.Verify(HtmlSnapshot.Normalize(BasislijnHtmlRenderer.Render(SeedProfiles.Rapport("oude-ijsselstreek"))), "basislijn.oude-ijsselstreek", "html");
    }

    [Fact]
    public void Html_report_is_dutch_with_a_header_cell_per_column_and_per_point()
    {
        var document = new HtmlParser().ParseDocument(BasislijnHtmlRenderer.Render(SeedProfiles.Rapport("beemster")));

        Assert.Equal("nl", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Toets aan de basislijn SMI: Beemster", document.Title);
        Assert.Equal(4, document.QuerySelectorAll("thead th[scope=col]").Length);
        Assert.Equal(15, document.QuerySelectorAll("tbody th[scope=row]").Length);
        Assert.NotNull(document.QuerySelector("table > caption"));
        Assert.Empty(document.QuerySelectorAll("[style]"));
    }

    [Fact]
    public void Html_report_escapes_what_the_profile_says()
    {
        var rapport = SeedProfiles.Rapport("voorbeeldstad") with { Gemeente = "<script>alert(1)</script>" };

        var html = BasislijnHtmlRenderer.Render(rapport);

        Assert.DoesNotContain("<script>", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [NeedsChromium, NeedsPoppler]
    [Fact]
    public async Task Pdf_report_is_tagged_dutch_and_names_the_municipality_and_every_point()
    {
        var rapport = SeedProfiles.Rapport("oude-ijsselstreek");

        var pdf = await chromium.PrintAsync(BasislijnHtmlRenderer.Render(rapport), new DateTime(2000, 1, 1));

        Assert.True(PdfTools.IsTagged(pdf));
        Assert.Equal("nl", PdfTools.CatalogLanguage(pdf));
        Assert.Equal("Toets aan de basislijn SMI: Oude IJsselstreek", PdfTools.InfoField(pdf, "Title"));
        var text = PdfTools.Text(pdf);
        Assert.Contains("Oude IJsselstreek", text);
        Assert.Contains("4 voldoen niet", text);
        Assert.Contains("15. Tevredenheid", text.Replace("\n", " ", StringComparison.Ordinal));
    }
}
