using Smi.Docs.Pdf;

namespace Smi.Docs.Tests.Pdf;

/// <summary>A character no installed font has is refused before printing (PDF008), not printed as an empty box.</summary>
public sealed class FontCoverageTests(ChromiumFixture chromium)
{
    private static readonly FontCoverage Latin1AndHan = FontCoverage.Parse("20-7e a0-ff\n4e00-9fff\n");

    [Fact]
    public void Covered_text_passes_and_the_first_uncovered_character_is_found()
    {
        Assert.Null(Latin1AndHan.FirstMissing("<p class=\"ĀĀ\">Café 山田</p>"));
        Assert.Equal(0x100, Latin1AndHan.FirstMissing("<p>Ā ō</p>"));
        Assert.Equal(0x1F337, Latin1AndHan.FirstMissing("<p>a &#x1F337;</p>"));
    }

    [Fact]
    public void Style_sheets_markup_and_characters_that_draw_nothing_are_not_checked()
    {
        Assert.Null(Latin1AndHan.FirstMissing("<style>p::after { content: \"Ā\"; }</style><p>a\u200B\u2068b\u2069\uFE0F\u00AD\r\n</p>"));
    }

    [NeedsChromium]
    [Fact]
    public async Task A_character_in_no_installed_font_is_PDF008_naming_its_block_not_the_character()
    {
        var printer = await chromium.GetPrinterAsync();

        var error = await Assert.ThrowsAsync<Smi.Docs.Diagnostics.SmiDocsException>(() =>
            printer.PrintAsync("<html><body><p>Naam: A\U0010FFFD</p></body></html>", DateTime.UnixEpoch, TestContext.Current.CancellationToken));

        Assert.Equal("PDF008", Assert.Single(error.Diagnostics).Code);
        Assert.Contains("U+10FF80–U+10FFFF", error.Message);
        Assert.DoesNotContain("Naam", error.Message);
    }
}
