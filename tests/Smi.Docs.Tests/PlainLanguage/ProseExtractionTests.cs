using Smi.Docs.Diagnostics;
using Smi.Docs.PlainLanguage;

namespace Smi.Docs.Tests.PlainLanguage;

/// <summary>The checker reads what a parent reads: no front matter, template code or Markdown markup.</summary>
public sealed class ProseExtractionTests
{
    [Fact]
    public void Front_matter_is_not_checked_and_keeps_the_line_numbers()
    {
        var text = "---\ntitel: Besluit indien nodig\nonderwerp: reeds\n---\nDat is reeds goed.";

        Assert.Equal(["SMI6004(5,8)"], Lint.Findings(text, PlainLanguageCodes.Officialese));
    }

    [Fact]
    public void Comments_block_tags_and_partials_are_not_prose()
    {
        var text = "{{## indien\nreeds ##}}\n{{~ if betaling.aanOuder ~}}\nWij betalen u.\n{{~ else ~}}\nWij betalen de opvang.\n{{~ end ~}}\n{{~ include 'bezwaarclausule' ~}}\n{{ # teneinde }}";
        var report = Lint.Check(text);

        Assert.Empty(report.Diagnostics);
        Assert.Equal(2, report.Statistics.Sentences);
        Assert.Equal(7, report.Statistics.Words);
    }

    [Fact]
    public void A_value_placeholder_is_one_word_and_later_columns_stay_exact()
    {
        var text = "Op {{ datum brief.aanvraagdatum }} en {{ meervoud aantalKinderen \"uw kind\" \"uw drie kinderen\" }} reeds.";
        var report = Lint.Check(text);

        Assert.Equal(5, report.Statistics.Words);
        Assert.Equal(["SMI6004(1,98)"], report.Diagnostics.Select(Lint.Format));
    }

    [Fact]
    public void An_escaped_block_is_text()
    {
        // {%{ … }%} prints what it holds as written: the reader meets "{{ indien }}", so the word is checked where it stands.
        Assert.Equal(["SMI6004(1,15)"], Lint.Findings("Schrijf {%{{{ indien }}}%} zo.", PlainLanguageCodes.Officialese));
    }

    [Fact]
    public void Markdown_markup_is_stripped_and_positions_point_into_the_file()
    {
        var text = "# Kop\n\n**Indien** u _reeds_ [conform](https://example.nl/indien) werkt.\n\n1. Middels een brief.\n* `Thans`\n";

        Assert.Equal(
            ["SMI6004(3,3)", "SMI6004(3,15)", "SMI6004(3,23)", "SMI6004(5,4)", "SMI6004(6,4)"],
            Lint.Findings(text, PlainLanguageCodes.Officialese));
    }

    [Fact]
    public void Table_cells_are_short_text_not_sentences()
    {
        var row = "| " + string.Join(" | ", Enumerable.Repeat(string.Join(' ', Enumerable.Repeat("uur", 5)), 6)) + " |";
        var text = $"| Maand | Uren |\n|:------|-----:|\n{row}\n| **Totaal** | {{{{ bedrag x }}}} |\n";
        var report = Lint.Check(text);

        Assert.Empty(report.Diagnostics);
        Assert.Equal(0, report.Statistics.Sentences);
    }

    [Fact]
    public void Container_fences_are_not_prose()
    {
        var report = Lint.Check("::: ondertekening\nMet vriendelijke groet,\n\n{{ brief.ondertekening.naam }}\\\n{{ brief.ondertekening.functie }}\n:::");

        Assert.Equal(2, report.Statistics.Sentences);
        Assert.Equal(5, report.Statistics.Words);
    }
}
