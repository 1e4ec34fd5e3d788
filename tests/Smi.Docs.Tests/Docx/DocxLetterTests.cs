using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Smi.Docs.Docx;

namespace Smi.Docs.Tests.Docx;

/// <summary>What a reader of the letter sees: styles, table, signature, window address, page numbers, metadata.</summary>
public sealed class DocxLetterTests
{
    private static readonly byte[] Rich = new DocxRenderer().Render(DocxSamples.Rich());
    private static readonly string Dump = DocxDump.Dump(Rich);

    [Theory]
    [InlineData("[Heading1] Wat hebben wij besloten?")]
    [InlineData("[Heading2] Voor welke kinderen?")]
    [InlineData("[Heading3] Wat moet u doen?")]
    [InlineData("[ListBullet ilvl=0] Sanne, geboren op 4 mei 2022")]
    [InlineData("[ListBullet ilvl=1] ***let op:*** afbouw vanaf juli")]
    [InlineData("[ListNumber ilvl=1] houd afspraken met uw behandelaar;")]
    [InlineData("[Normal] U krijgt een **tegemoetkoming** voor de kosten van kinderopvang. Dit besluit geldt van *1 april 2026*")]
    [InlineData("[Quote] Artikel 5 van de Verordening")]
    [InlineData("[Scheidingslijn]")]
    [InlineData("[Ondertekening] J. Jansen↵teamleider Zorg")]
    public void Body_uses_real_styles(string line) => Assert.Contains(line, Dump);

    [Fact]
    public void Inlines_keep_escapes_entities_code_and_link_addresses()
    {
        Assert.Contains("Dit is een \\*sterretje\\*, dit een entiteit: € 5 & meer, en formulier B-12.", Dump);
        Assert.Contains("[onze website](https://www.beemster.nl/smi) (https://www.beemster.nl/smi)", Dump);
        Assert.Contains("[info@beemster.nl](mailto:info@beemster.nl).", Dump);
        Assert.Contains("Eerste regel↵tweede regel.", Dump);
    }

    [Fact]
    public void Table_has_style_repeating_bold_header_and_right_aligned_amounts()
    {
        Assert.Contains("""
            table SmiTabel, 4 columns (left, right, right, right)
              header | Maand | Uren | Uurprijs | Bedrag |
              row    | april 2026 | 130 | € 10,25 | € 1.332,50 |
            """.ReplaceLineEndings("\n"), Dump);

        using var document = Open(Rich);
        var headerRow = document.MainDocumentPart!.Document!.Body!.Descendants<TableRow>().First();
        Assert.NotNull(headerRow.TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.All(headerRow.Descendants<Run>(), run => Assert.NotNull(run.RunProperties?.Bold));
    }

    [Fact]
    public void Ordered_lists_restart_and_nested_lists_get_their_own_numbering()
    {
        using var document = Open(Rich);
        var numIds = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "ListNumber")
            .Select(p => p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value)
            .Distinct()
            .ToList();
        Assert.Equal(2, numIds.Count);
        var instances = document.MainDocumentPart.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>();
        Assert.All(numIds, id => Assert.NotNull(instances.Single(n => n.NumberID!.Value == id).GetFirstChild<LevelOverride>()));
    }

    [Fact]
    public void Signature_lines_keep_together_and_the_last_one_lets_go()
    {
        using var document = Open(Rich);
        var signature = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Ondertekening")
            .ToList();
        Assert.Equal(3, signature.Count);
        Assert.False(signature[^1].ParagraphProperties!.KeepNext!.Val!.Value);
        var style = document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == "Ondertekening");
        Assert.NotNull(style.StyleParagraphProperties?.KeepNext);
        Assert.NotNull(style.StyleParagraphProperties?.KeepLines);
    }

    [Fact]
    public void Address_sits_in_a_frame_at_the_envelope_window_with_reference_fields_below()
    {
        Assert.Contains("""
            --- body ---
            frame (page) x=20 y=50 w=90 h=40 mm:
              [Retouradres] Retouradres: Postbus 7, 1462 ZG Middenbeemster
              [Adresblok] Mevrouw J. de Vries
              [Adresblok] Kerkstraat 1
              [Adresblok] 1462 AB Middenbeemster
            [Kenmerk] Datum ⇥ 2 maart 2026
            [Kenmerk] Ons kenmerk ⇥ SMI-2026-00123
            [Kenmerk] Onderwerp ⇥ Besluit op uw aanvraag sociaal-medische indicatie
            [Kenmerk] Contactpersoon ⇥ J. Jansen, 14 0299
            [Aanhef] Geachte mevrouw De Vries,
            [Heading1]
            """.ReplaceLineEndings("\n"), Dump);
    }

    [Fact]
    public void Headers_and_footer_carry_letterhead_and_page_x_of_y_fields()
    {
        Assert.Contains("""
            --- header (first) ---
            frame (page) x=20 y=8 w=90 mm:
              [Briefhoofd] {image "Logo gemeente Beemster" 60×18 mm}
              [Briefhoofd] Gemeente Beemster
            frame (page) x=120 y=50 w=70 mm:
              [Header] Middenweg 150
              [Header] 1462 HN Middenbeemster
              [Header] 14 0299
            [Header] (empty, 90 mm high)
            --- header (default) ---
            [Header] Gemeente Beemster
            --- footer ---
            [Footer] SMI-2026-00123 ⇥ Pagina {PAGE} van {NUMPAGES}
            """.ReplaceLineEndings("\n"), Dump);

        using var document = Open(Rich);
        var instructions = document.MainDocumentPart!.FooterParts
            .SelectMany(f => f.Footer!.Descendants<SimpleField>())
            .Select(f => f.Instruction!.Value!.Trim())
            .ToList();
        Assert.Equal(["PAGE", "NUMPAGES", "PAGE", "NUMPAGES"], instructions);
        Assert.Single(document.MainDocumentPart.HeaderParts.SelectMany(h => h.ImageParts));
    }

    [Fact]
    public void Core_properties_and_page_setup_come_from_the_document()
    {
        var lines = Dump.Split('\n');
        Assert.Equal(
            "core: title=\"Beschikking toekenning SMI\" subject=\"Tegemoetkoming kinderopvang\" creator=\"Gemeente Beemster\" " +
            "language=nl-NL created=2026-03-02T09:30:00Z modified=2026-03-02T09:30:00Z",
            lines[0]);
        Assert.Equal("page: A4 portrait, margins 15/20/20/20 mm (top/right/bottom/left), own first-page header", lines[1]);
    }

    [Fact]
    public void Styles_part_defines_the_house_styles_with_outline_levels()
    {
        using var document = Open(Rich);
        var styles = document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        foreach (var id in new[] { "Normal", "Title", "ListBullet", "ListNumber", "SmiTabel", "Header", "Footer", "Adresblok", "Kenmerk", "Ondertekening" })
        {
            Assert.True(styles.ContainsKey(id), id);
        }

        Assert.Equal([0, 1, 2], new[] { "Heading1", "Heading2", "Heading3" }.Select(id => styles[id].StyleParagraphProperties!.OutlineLevel!.Val!.Value));
        Assert.True(styles["Normal"].Default!.Value);
        Assert.Contains("Noto Sans", DocxZip.Text(Rich, "word/styles.xml"));
        Assert.Contains("<w:lang w:val=\"nl-NL\" />", DocxZip.Text(Rich, "word/styles.xml"));
    }

    private static WordprocessingDocument Open(byte[] docx) => WordprocessingDocument.Open(new MemoryStream(docx, writable: false), false);
}
