using Smi.Docs.Documents;
using Smi.Docs.Docx;

namespace Smi.Docs.Tests.Docx;

/// <summary>The renderer's promises: valid Open XML, the same bytes for the same letter, no crash on odd input.</summary>
public sealed class DocxRendererTests
{
    private static readonly DocxRenderer Renderer = new();

    [Fact]
    public void Rich_letter_passes_the_OpenXml_validator() =>
        Assert.Empty(DocxValidation.Errors(Renderer.Render(DocxSamples.Rich())));

    [Fact]
    public void Arabic_letter_passes_the_OpenXml_validator() =>
        Assert.Empty(DocxValidation.Errors(Renderer.Render(DocxSamples.Arabic())));

    [Fact]
    public void Same_letter_gives_identical_bytes_across_instances_and_threads()
    {
        var first = Renderer.Render(DocxSamples.Rich());
        var others = Enumerable.Range(0, 8).AsParallel().Select(_ => new DocxRenderer().Render(DocxSamples.Rich())).ToList();

        Assert.All(others, other => Assert.Equal(first, other));
    }

    [Fact]
    public void Zip_entries_carry_the_document_timestamp_in_a_fixed_order()
    {
        var entries = DocxZip.Entries(Renderer.Render(DocxSamples.Rich()));

        Assert.Equal("[Content_Types].xml", entries[0].Name);
        Assert.Equal("_rels/.rels", entries[1].Name);
        Assert.All(entries, e => Assert.Equal(DocxSamples.Timestamp, e.LastWriteTime.DateTime));
    }

    [Fact]
    public void A_different_timestamp_changes_the_bytes()
    {
        var letter = DocxSamples.Rich();
        var later = letter with { Info = letter.Info with { Timestamp = letter.Info.Timestamp.AddDays(1) } };

        Assert.NotEqual(Renderer.Render(letter), Renderer.Render(later));
    }

    [Fact]
    public void Relationship_ids_are_readable_not_random()
    {
        var docx = Renderer.Render(DocxSamples.Rich());

        Assert.Contains("Id=\"rIdMain\"", DocxZip.Text(docx, "_rels/.rels"));
        Assert.Contains("Id=\"rIdCore\"", DocxZip.Text(docx, "_rels/.rels"));
        Assert.DoesNotMatch("Id=\"R[0-9a-f]{16}\"", DocxZip.Text(docx, "word/_rels/document.xml.rels"));
    }

    [Fact]
    public void Bundle_whose_parts_both_have_links_numbers_the_links_through()
    {
        // The rich letter has two links (a web page and an e-mail address); the SDK refused a second rIdLink1.
        var docx = Renderer.Render([DocxSamples.Rich(), DocxSamples.Rich()]);
        var ids = System.Text.RegularExpressions.Regex.Matches(DocxZip.Text(docx, "word/_rels/document.xml.rels"), "Id=\"(rIdLink[0-9]+)\"")
            .Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(["rIdLink1", "rIdLink2", "rIdLink3", "rIdLink4"], ids);
        Assert.Empty(DocxValidation.Errors(docx));
    }

    [Fact]
    public void Svg_logo_is_left_out_and_the_name_remains()
    {
        var svg = new LogoImage("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray(), "image/svg+xml", "Logo", 100, 40);
        var docx = Renderer.Render(DocxSamples.Rich(svg));

        Assert.Empty(DocxValidation.Errors(docx));
        var dump = DocxDump.Dump(docx);
        Assert.DoesNotContain("{image", dump);
        Assert.Contains("[Briefhoofd] Gemeente Beemster", dump);
    }

    [Fact]
    public void Letter_without_salutation_body_or_return_address_is_still_valid()
    {
        var letter = DocxSamples.Letter(DocxSamples.Rich().Info, "", null, null);
        letter = letter with { Frame = letter.Frame with { ReturnAddress = "", ReferenceFields = [] } };
        var docx = Renderer.Render(letter);

        Assert.Empty(DocxValidation.Errors(docx));
        Assert.DoesNotContain("[Aanhef]", DocxDump.Dump(docx));
    }

    [Fact]
    public void Characters_xml_forbids_are_dropped_instead_of_failing()
    {
        var letter = DocxSamples.Letter(DocxSamples.Rich().Info, "Naam\u0001 met \u0007bel\uD800 en € bedrag.", null, "Beste\u000B lezer,");
        var docx = Renderer.Render(letter);

        Assert.Empty(DocxValidation.Errors(docx));
        var dump = DocxDump.Dump(docx);
        Assert.Contains("[Normal] Naam met bel en € bedrag.", dump);
        Assert.Contains("[Aanhef] Beste lezer,", dump);
    }

    [Fact]
    public void Table_inside_a_list_item_holds_cell_text_not_list_items()
    {
        var letter = DocxSamples.Letter(DocxSamples.Rich().Info, "- Opvang:\n\n  | Dag | Uren |\n  |-----|----:|\n  | ma | 8 |\n\n- Volgende punt", null, null);
        var docx = Renderer.Render(letter);

        Assert.Empty(DocxValidation.Errors(docx));
        var dump = DocxDump.Dump(docx);
        Assert.Contains("  row    | ma | 8 |", dump);
        Assert.Contains("[ListBullet ilvl=0] Volgende punt", dump);
        Assert.DoesNotContain("[ListContinue", dump);
    }

    [Fact]
    public void Null_document_is_rejected_by_parameter_name_only()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Renderer.Render((Documents.LetterDocument)null!));
        Assert.Equal("document", error.ParamName);
    }
}
