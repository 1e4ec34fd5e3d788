using Smi.Docs.Cases;
using Smi.Docs.Docx;
using Smi.Docs.Html;
using Smi.Docs.Pdf;
using Smi.Docs.Tests.Docx;
using Smi.Docs.Tests.Pdf;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>The hostile strings must also stay literal text in DOCX and PDF, not only in HTML.</summary>
public sealed class InjectionDocxPdfTests(ChromiumFixture chromium)
{
    private const string ShownField = "$.indicatie.reden";
    private const string FrameField = "$.aanvrager.achternaam";

    [Fact]
    public void Every_shown_string_field_keeps_hostile_strings_literal_in_docx()
    {
        var renderer = new DocxRenderer();
        var baseline = Structure(DocxDump.Dump(renderer.Render(Examples.Toekenning(InjectionCases.BaseCase))));
        var checkedFields = 0;
        foreach (var path in InjectionCases.StringFieldPaths())
        {
            foreach (var (value, shown) in InjectionCases.Strings)
            {
                var (zaak, _) = InjectionCases.Read(InjectionCases.WithValue(path, value));
                if (zaak is null)
                {
                    continue;
                }
                var docx = renderer.Render(Examples.Composer.Compose(zaak, Examples.Voorbeeldstad, "toekenning", "nl"));
                var dump = DocxDump.Dump(docx);
                Assert.Equal(baseline, Structure(dump));
                if (path is ShownField or FrameField)
                {
                    Assert.Empty(DocxValidation.Errors(docx));
                    // The dump marks bold as **…** and so escapes literal asterisks.
                    Assert.Contains(shown, dump.Replace('\u00A0', ' ').Replace("\\*", "*"), StringComparison.Ordinal);
                    checkedFields++;
                }
            }
        }
        Assert.Equal(2 * InjectionCases.Strings.Count, checkedFields);
    }

    [Fact]
    public void Hostile_toelichting_of_a_missing_item_stays_literal_text_in_docx()
    {
        var renderer = new DocxRenderer();
        foreach (var (value, shown) in InjectionCases.Strings)
        {
            var zaak = CaseReader.Read(OntbrekendeGegevensCases.WithItems(("identiteit", value)), "o.json");

            var docx = renderer.Render(Examples.Composer.Compose(zaak, Examples.Voorbeeldstad, OntbrekendeGegevensCases.DocumentId, "nl"));

            Assert.Empty(DocxValidation.Errors(docx));
            // The dump marks bold as **…** and so escapes literal asterisks.
            Assert.Contains(shown, DocxDump.Dump(docx).Replace('\u00A0', ' ').Replace("\\*", "*"), StringComparison.Ordinal);
        }
    }

    [NeedsChromium, NeedsPoppler]
    [Fact]
    public async Task Hostile_strings_stay_literal_in_the_pdf_text()
    {
        var renderer = new PdfDocumentRenderer(new HtmlLetterRenderer(), await chromium.GetPrinterAsync());
        foreach (var (value, shown) in InjectionCases.Strings)
        {
            var (zaak, errors) = InjectionCases.Read(InjectionCases.WithValue(ShownField, value));
            Assert.Empty(errors);
            var pdf = await renderer.RenderAsync(Examples.Composer.Compose(zaak!, Examples.Voorbeeldstad, "toekenning", "nl"), TestContext.Current.CancellationToken);
            // pdftotext guesses spaces from glyph gaps and drops the narrow ones around '|', so compare without spaces.
            var text = PdfTools.Text(pdf).Replace("\u00A0", "").Replace(" ", "");
            Assert.Contains(shown.Replace(" ", ""), text, StringComparison.Ordinal);
            Assert.DoesNotContain("\u202E", text, StringComparison.Ordinal);
        }
    }

    /// <summary>The style of every paragraph and the shape of every table: text may change, structure may not.</summary>
    private static string Structure(string dump) =>
        string.Join('\n', dump.Split('\n').Select(line => line.StartsWith('[') ? line[..(line.IndexOf(']') + 1)] : line.StartsWith("  row", StringComparison.Ordinal) ? "row" : line.Split(' ')[0]));
}
