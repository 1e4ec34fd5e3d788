using Smi.Docs.PlainLanguage;

namespace Smi.Docs.Tests.PlainLanguage;

public sealed class WordListTests
{
    [Fact]
    public void Every_allowed_long_word_has_a_reason_and_is_really_long()
    {
        var allowed = PlainLanguageWordLists.Default.AllowedLongWords;

        Assert.Contains(allowed, a => a.Word == "kinderopvangtoeslag");
        Assert.All(allowed, a => Assert.NotEmpty(a.Reason));
        Assert.All(allowed, a => Assert.True(a.Word.Length > 18 || DutchSyllables.Count(a.Word) > 4, $"{a.Word} is not long; drop it from the list"));
    }

    [Fact]
    public void No_officialese_form_is_listed_twice()
    {
        var forms = PlainLanguageWordLists.Default.Officialese.SelectMany(e => e.Forms).ToList();

        Assert.Equal(forms.Count, forms.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Lines_are_parsed_with_comments_and_optional_notes()
    {
        var entries = PlainLanguageWordLists.ParseOfficialese("# comment\n\nindien | als |\ndient … te, dienen … te | moet | in de zin van moeten\n");

        Assert.Equal(2, entries.Count);
        Assert.Equal(["dient … te", "dienen … te"], entries[1].Forms);
        Assert.Equal(("moet", "in de zin van moeten"), (entries[1].Alternative, entries[1].Note));
    }

    [Fact]
    public void A_line_without_an_alternative_is_refused_with_its_number()
    {
        var error = Assert.Throws<FormatException>(() => PlainLanguageWordLists.ParseAllowedLongWords("# x\nkinderopvangtoeslag |\n"));

        Assert.Contains("line 2", error.Message);
    }
}
