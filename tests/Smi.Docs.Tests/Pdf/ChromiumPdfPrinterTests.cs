namespace Smi.Docs.Tests.Pdf;

/// <summary>The Dutch two-page letter through the shared printer, checked with poppler.</summary>
[NeedsChromium, NeedsPoppler]
public sealed class ChromiumPdfPrinterTests(ChromiumFixture chromium)
{
    private static readonly DateTime DecisionDate = new(2026, 4, 1, 9, 30, 15, DateTimeKind.Unspecified);

    private Task<byte[]> PrintLetterAsync(string title = "Beschikking toekenning SMI") =>
        chromium.PrintAsync(PdfSamples.DutchLetter(title), DecisionDate);

    [Fact]
    public async Task Letter_is_tagged_with_catalog_language_and_title()
    {
        var pdf = await PrintLetterAsync();

        Assert.True(PdfTools.IsTagged(pdf));
        Assert.Equal("nl", PdfTools.CatalogLanguage(pdf));
        Assert.Equal("Beschikking toekenning SMI", PdfTools.InfoField(pdf, "Title"));
        Assert.StartsWith("%PDF-1.4", System.Text.Encoding.ASCII.GetString(pdf, 0, 8));
    }

    [Fact]
    public async Task Letter_has_two_A4_pages_numbered_by_the_css_margin_box()
    {
        var pdf = await PrintLetterAsync();
        var pages = PdfTools.Text(pdf).Split('\f');

        Assert.Equal(2, PdfTools.PageCount(pdf));
        Assert.EndsWith("(A4)", PdfTools.InfoField(pdf, "Page size"));
        Assert.Contains("Pagina 1 van 2", pages[0]);
        Assert.Contains("Pagina 2 van 2", pages[1]);
        Assert.Contains("Kenmerk SMI-2026-0042", pages[1]);
        // Chromium's own header/footer (date, URL) must be off: --no-pdf-header-footer.
        Assert.DoesNotContain("about:blank", string.Concat(pages));
    }

    [Fact]
    public async Task Letter_text_keeps_headings_and_euro_amounts()
    {
        var text = PdfTools.Text(await PrintLetterAsync());

        Assert.Contains("Wat krijgt u?", text);
        Assert.Contains("€ 612,48", text);
        Assert.Contains("€ 459,36", text);
        Assert.Contains("artikel 6:7 Awb", text);
    }

    [Fact]
    public async Task All_fonts_are_embedded_subsets_with_unicode_maps()
    {
        var fonts = PdfTools.Fonts(await PrintLetterAsync());

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font =>
        {
            Assert.True(font.Embedded, $"{font.Name} is not embedded");
            Assert.True(font.Subset, $"{font.Name} is not a subset");
            Assert.True(font.Unicode, $"{font.Name} has no ToUnicode map");
        });
        Assert.Contains(fonts, font => font.Name.EndsWith("+NotoSans-Regular", StringComparison.Ordinal));
        Assert.Contains(fonts, font => font.Name.EndsWith("+NotoSans-Bold", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Creation_and_modification_dates_are_the_decision_date_not_the_clock()
    {
        var pdf = await PrintLetterAsync();

        Assert.Equal("2026-04-01T09:30:15Z", PdfTools.InfoField(pdf, "CreationDate"));
        Assert.Equal("2026-04-01T09:30:15Z", PdfTools.InfoField(pdf, "ModDate"));
    }

    [Fact]
    public async Task Same_input_gives_same_text_and_same_bytes()
    {
        var first = await PrintLetterAsync();
        await Task.Delay(1100, TestContext.Current.CancellationToken); // let the clock's seconds move on
        var second = await PrintLetterAsync();

        Assert.Equal(PdfTools.Text(first), PdfTools.Text(second));
        // Chromium writes no trailer /ID and fixed subset tags; with dates and structure ids rewritten, bytes match.
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Eight_concurrent_prints_each_get_their_own_document()
    {
        var titles = Enumerable.Range(1, 8).Select(i => $"Beschikking nummer {i}").ToList();

        var pdfs = await Task.WhenAll(titles.Select(title => PrintLetterAsync(title)));

        for (var i = 0; i < titles.Count; i++)
        {
            Assert.Equal(titles[i], PdfTools.InfoField(pdfs[i], "Title"));
            Assert.Contains(titles[i], PdfTools.Text(pdfs[i]));
            Assert.Equal(2, PdfTools.PageCount(pdfs[i]));
        }
    }
}
