using Smi.Docs.Docx;
using Smi.Docs.Tests.EndToEnd;

namespace Smi.Docs.Tests.Docx;

/// <summary>
/// Issue 11 in DOCX: a word longer than a line gets zero-width break opportunities, so Word wraps it in every script;
/// text of normal length is never touched (the DOCX snapshots stay as they were).
/// </summary>
public sealed class DocxLongWordTests
{
    private const char Zwsp = '\u200B';

    [Fact]
    public void Normal_words_web_addresses_and_short_runs_are_left_alone()
    {
        foreach (var text in new[] { "", "Geachte heer De Vries,", "arbeidsongeschiktheidsverzekeringsmaatschappij", "https://www.voorbeeldstad.nl/kinderopvang", new string('a', DocxText.LongestUnbrokenRun) })
        {
            Assert.Same(text, DocxText.BreakLongWords(text));
        }
    }

    [Fact]
    public void A_long_word_gets_a_break_opportunity_every_60_characters_and_keeps_its_letters()
    {
        var word = new string('x', 200);

        var broken = DocxText.BreakLongWords("Naam: " + word + " einde");

        Assert.Equal("Naam: " + word + " einde", broken.Replace(Zwsp.ToString(), ""));
        Assert.Equal(3, broken.Count(c => c == Zwsp));
        Assert.All(broken.Split(' ', Zwsp), piece => Assert.True(piece.Length <= DocxText.LongestUnbrokenRun));
    }

    [Fact]
    public void Breaking_again_changes_nothing_and_never_splits_a_surrogate_pair_or_a_combining_mark()
    {
        var emoji = string.Concat(Enumerable.Repeat("🌷", 80));
        var accents = string.Concat(Enumerable.Repeat("e\u0301", 80));

        foreach (var text in new[] { emoji, accents })
        {
            var broken = DocxText.BreakLongWords(text);
            Assert.Contains(Zwsp, broken);
            Assert.Equal(broken, DocxText.BreakLongWords(broken));
            for (var i = 1; i < broken.Length; i++)
            {
                if (broken[i - 1] == Zwsp)
                {
                    Assert.False(char.IsLowSurrogate(broken[i]) || broken[i] == '\u0301', $"a break before a continuation at {i}");
                }
            }
        }
    }

    [Fact]
    public void A_200_character_name_breaks_in_the_docx_and_the_package_stays_valid()
    {
        var word = string.Concat(Enumerable.Repeat("Abcdefghij", 20));
        var (zaak, errors) = InjectionCases.Read(InjectionCases.WithValue("$.aanvrager.achternaam", word));
        Assert.Empty(errors);

        var docx = new DocxRenderer().Render(Examples.Composer.Compose(zaak!, Examples.Voorbeeldstad, "toekenning", "nl"));

        var body = DocxZip.Text(docx, "word/document.xml");
        Assert.DoesNotContain(word, body, StringComparison.Ordinal);
        Assert.Contains(word[..60] + Zwsp + word[60..120], body, StringComparison.Ordinal);
        Assert.Empty(DocxValidation.Errors(docx));
    }

    [Fact]
    public void Chinese_Japanese_and_Korean_text_is_set_in_the_east_asian_noto_font()
    {
        var docx = new DocxRenderer().Render(Examples.Toekenning(InjectionCases.BaseCase));

        Assert.Contains("w:eastAsia=\"Noto Sans CJK SC\"", DocxZip.Text(docx, "word/styles.xml"), StringComparison.Ordinal);
        Assert.Contains("w:name=\"Noto Sans CJK SC\"", DocxZip.Text(docx, "word/fontTable.xml"), StringComparison.Ordinal);
    }
}
