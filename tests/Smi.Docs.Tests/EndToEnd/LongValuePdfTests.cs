using System.Diagnostics;
using Smi.Docs.Documents;
using Smi.Docs.Formatting;
using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Tests.Pdf;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// Issue 11 in print: a value without spaces stays inside the margins and the address window, a very long one prints
/// within the print budget, and a name in Chinese, Japanese, Korean or with an emoji prints its glyphs, not empty boxes.
/// </summary>
[NeedsChromium, NeedsPoppler]
public sealed class LongValuePdfTests(ChromiumFixture chromium)
{
    private const string Reason = "$.indicatie.reden";
    private const string Surname = "$.aanvrager.achternaam";

    // Letters only, so no font and no line breaker sees a break opportunity in it.
    private static readonly string Word200 = string.Concat(Enumerable.Repeat("Abcdefghij", 20));

    [Theory]
    [InlineData(Surname)]
    [InlineData(Reason)]
    public async Task A_200_character_word_is_split_over_lines_inside_the_right_margin(string path)
    {
        var words = PdfTools.Words(await PrintAsync(path, Word200));

        var pieces = words.Where(w => w.Text.StartsWith("Abcdefghij", StringComparison.Ordinal) || w.Text.StartsWith("bcdefghij", StringComparison.Ordinal)).ToList();
        Assert.True(pieces.Count >= 2, "the long word was not split over lines");
        Assert.DoesNotContain(words, w => w.Text.Contains(Word200, StringComparison.Ordinal));
        var rightEdge = words[0].PageWidth - EnvelopeWindow.PageMarginRightMm * PdfWord.PointsPerMm;
        Assert.All(words, w => Assert.True(w.XMax <= rightEdge + 1, $"'{Shorten(w.Text)}' ends at {w.XMax:0.#} pt, past the margin at {rightEdge:0.#} pt"));
    }

    [Fact]
    public async Task A_long_name_stays_inside_the_address_window()
    {
        var words = PdfTools.Words(await PrintAsync(Surname, Word200));

        var windowRight = (EnvelopeWindow.LeftMm + EnvelopeWindow.WidthMm) * PdfWord.PointsPerMm;
        var inWindow = InAddressWindowRows(words).Where(w => w.XMin < windowRight && w.Text.Contains("bcdefghij", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(inWindow);
        Assert.All(inWindow, w => Assert.True(w.XMax <= windowRight + 1, $"a piece of the name ends at {w.XMax:0.#} pt, past the window at {windowRight:0.#} pt"));
    }

    [Fact]
    public async Task A_100_KB_word_in_the_letter_prints_within_the_print_budget()
    {
        // Far past what the case reader and the template runtime let through, so the word goes into the letter's own
        // print HTML (its CSS, its frame) after rendering; before issue 11 a word this long kept Chromium busy for minutes.
        const string marker = "Langwoordplaats";
        var (zaak, errors) = InjectionCases.Read(InjectionCases.WithValue(Reason, marker));
        Assert.Empty(errors);
        var document = Examples.Composer.Compose(zaak!, Examples.Voorbeeldstad, "toekenning", "nl");
        var html = new HtmlLetterRenderer().Render(document).Replace(marker, new string('x', 100_000), StringComparison.Ordinal);
        var options = new PdfPrinterOptions();

        var clock = Stopwatch.StartNew();
        var pdf = await (await chromium.GetPrinterAsync()).PrintAsync(html, document.Info.Timestamp, TestContext.Current.CancellationToken);

        Assert.InRange(clock.Elapsed, TimeSpan.Zero, options.PrintTimeout);
        Assert.InRange(PdfTools.PageCount(pdf), 2, options.MaxPages);
    }

    [Fact]
    public async Task A_name_in_CJK_with_an_emoji_prints_its_glyphs_also_in_the_address_window()
    {
        const string name = "山田さくら김민준🌷";
        var pdf = await PrintAsync(Surname, name);

        var inWindow = InAddressWindowRows(PdfTools.Words(pdf));
        // pdftotext cuts a CJK run into words of its own choosing; joined, the window holds the whole name.
        Assert.Contains(name, string.Concat(inWindow.Select(w => w.Text)), StringComparison.Ordinal);
        // Skia writes the CJK collection (CFF outlines) and the colour emoji as Type 3 fonts without a name, so pdffonts
        // cannot name them; what it can show is that no glyph came from a last-resort face.
        var fonts = PdfTools.Fonts(pdf);
        Assert.Contains(fonts, f => f.Type == "Type 3" && f.Unicode);
        Assert.DoesNotContain(fonts, f => f.Name.Contains("DejaVu", StringComparison.Ordinal) || f.Name.Contains("LastResort", StringComparison.Ordinal));
    }

    /// <summary>
    /// The families the letter names are installed under exactly those names and hold the glyphs: a misspelt family
    /// in the CSS would fall back silently, to another face or to empty boxes.
    /// </summary>
    [Theory]
    [InlineData("Noto Sans CJK SC", "5c71 7530 3055 ae40")]
    [InlineData("Noto Color Emoji", "1f337")]
    [InlineData("Noto Sans", "41 e9 416")]
    [InlineData("Noto Naskh Arabic", "627 644")]
    public void Each_family_of_the_font_stack_is_installed_and_covers_its_script(string family, string charset)
    {
        Assert.Contains(family, DocumentFonts.Noto.CssFamilies);
        var start = new ProcessStartInfo("fc-list") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add($"{family}:charset={charset}");
        start.ArgumentList.Add("family");
        using var fcList = Process.Start(start)!;
        var families = fcList.StandardOutput.ReadToEnd();
        fcList.WaitForExit();

        Assert.True(families.Split('\n', ',').Any(f => f.Trim() == family),
            $"fontconfig has no '{family}' with U+{charset.Replace(" ", ", U+")}; run scripts/install-prerequisites.sh");
    }

    private async Task<byte[]> PrintAsync(string path, string value)
    {
        var (zaak, errors) = InjectionCases.Read(InjectionCases.WithValue(path, value));
        Assert.Empty(errors);
        var renderer = new PdfDocumentRenderer(new HtmlLetterRenderer(), await chromium.GetPrinterAsync());
        return await renderer.RenderAsync(Examples.Composer.Compose(zaak!, Examples.Voorbeeldstad, "toekenning", "nl"), TestContext.Current.CancellationToken);
    }

    /// <summary>The words of page 1 between the top and the bottom of the envelope window.</summary>
    private static IEnumerable<PdfWord> InAddressWindowRows(IEnumerable<PdfWord> words) =>
        words.Where(w => w.Page == 1 && w.YMin >= EnvelopeWindow.TopMm * PdfWord.PointsPerMm
            && w.YMax <= (EnvelopeWindow.TopMm + EnvelopeWindow.HeightMm) * PdfWord.PointsPerMm);

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}
