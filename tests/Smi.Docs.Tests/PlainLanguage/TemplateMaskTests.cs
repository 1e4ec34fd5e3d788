using Smi.Docs.Diagnostics;
using Smi.Docs.PlainLanguage;
using Smi.Docs.Templating;

namespace Smi.Docs.Tests.PlainLanguage;

/// <summary>The mask blanks template code by the spans of the parsed template, so prose keeps its line and column.</summary>
public sealed class TemplateMaskTests
{
    private const string Text =
        "---\ntitel: Brief\n---\n" +
        "{{## niet\nvoor de lezer ##}} Wij betalen reeds.\n" +
        "{{~ if betaling.aanOuder ~}}\n" +
        "U krijgt {{ bedrag berekening.totaalGemeente }} thans per maand.\n" +
        "{{~ end ~}}\n" +
        "Tot ziens.\n";

    private static readonly TemplateSource Source = TemplateSource.Parse(Text, Lint.File);

    private static readonly string Masked = new(TemplateMask.Mask(Source));

    [Fact]
    public void Prose_after_a_multi_line_comment_and_trimming_tags_stays_on_its_line_and_column()
    {
        Assert.Equal(NewLines(Text), NewLines(Masked));
        foreach (var prose in new[] { "Wij betalen reeds.", "U krijgt", "thans per maand.", "Tot ziens." })
        {
            Assert.Equal(Text.IndexOf(prose, StringComparison.Ordinal), Masked.IndexOf(prose, StringComparison.Ordinal));
        }
        Assert.Equal(["SMI6004(5,32)", "SMI6004(7,49)"], Lint.Findings(Text, PlainLanguageCodes.Officialese));
    }

    [Fact]
    public void A_value_tag_becomes_the_neutral_word_where_the_tag_was_and_other_tags_leave_only_blanks()
    {
        var value = Assert.Single(Source.Tags, t => t.Kind == TemplateTagKind.Value);
        Assert.Equal("{{ bedrag berekening.totaalGemeente }}", Text[value.Start..value.End]);
        Assert.Equal(TemplateMask.PlaceholderWord.PadRight(value.Length), Masked[value.Start..value.End]);

        var others = Source.Tags.Where(t => t.Kind != TemplateTagKind.Value).ToList();
        Assert.Equal([TemplateTagKind.Comment, TemplateTagKind.Control, TemplateTagKind.Control], others.Select(t => t.Kind));
        Assert.All(others, tag => Assert.True(string.IsNullOrWhiteSpace(Masked[tag.Start..tag.End])));
    }

    private static IReadOnlyList<int> NewLines(string text) =>
        Enumerable.Range(0, text.Length).Where(i => text[i] == '\n').ToList();
}
