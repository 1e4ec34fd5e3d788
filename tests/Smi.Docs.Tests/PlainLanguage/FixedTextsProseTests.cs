using Smi.Docs.Diagnostics;
using Smi.Docs.PlainLanguage;

namespace Smi.Docs.Tests.PlainLanguage;

public sealed class FixedTextsProseTests
{
    [Fact]
    public void Texts_keep_their_line_labels_become_sentences_and_placeholders_become_values()
    {
        const string yaml = "# Vaste teksten.\nkader:\n  kenmerk: Ons kenmerk\n  pagina: \"Pagina {pagina} van {paginas}\"\nuitleg:\n  inkomen: \"Uw inkomen is {inkomen} per jaar.\"\n";

        var lines = FixedTextsProse.AsTemplate(yaml).Split('\n');

        Assert.Equal(["", "", "Ons kenmerk.", "Pagina iets van iets.", "", "Uw inkomen is iets per jaar.", ""], lines);
    }

    [Fact]
    public void Only_placeholders_of_the_one_grammar_become_values()
    {
        const string yaml = "formulier:\n  inleiding: \"Welkom bij {gemeente.naam} en {kind2}.\"\n  patroon: \"^[0-9]{9}$ { veld } {{al}}\"\n";

        var lines = FixedTextsProse.AsTemplate(yaml).Split('\n');

        Assert.Equal(["", "Welkom bij iets en iets.", "^[0-9]{9}$ { veld } {{al}}.", ""], lines);
    }

    [Fact]
    public void A_long_sentence_in_the_fixed_texts_is_found_on_its_yaml_line()
    {
        const string yaml = "uitleg:\n  kort: \"Dat is goed.\"\n  lang: \"Wij betalen de opvang van uw kind omdat u daar recht op heeft volgens de regels die de gemeente heeft gemaakt voor ouders die tijdelijk niet voor hun kind kunnen zorgen.\"\n";

        var report = PlainLanguageChecker.Default.Check(FixedTextsProse.AsTemplate(yaml), "teksten.yaml");

        Assert.Contains(report.Diagnostics, d => (d.Definition == PlainLanguageCodes.LongSentence || d.Definition == PlainLanguageCodes.VeryLongSentence) && d.Location.Line == 3);
    }
}
