namespace Smi.Docs.Tests.Templating;

/// <summary>What the runtime writes: values escaped and, right to left, isolated; the template's own text as written.</summary>
public sealed class ValueOutputTests
{
    private sealed record Tekst(string Naam);

    private sealed record Waarheid(string? Tekst, bool Vlag, int Aantal, decimal Bedrag, IReadOnlyList<string> Lijst, Tekst? Record);

    [Theory]
    [InlineData("**x**", @"\*\*x\*\*")]
    [InlineData("<b>vet</b>", @"\<b\>vet\<\/b\>")]
    [InlineData("{{ naam }}", @"\{\{ naam \}\}")]
    [InlineData("[a](b)", @"\[a\]\(b\)")]
    [InlineData("# kop", @"\# kop")]
    public void Values_stay_literal_text_in_markdown(string value, string written) =>
        Assert.Equal(written, TemplateRun.Render("{{ naam }}", new Tekst(value)));

    [Fact]
    public void The_templates_own_text_is_not_escaped() =>
        Assert.Equal("**Naam:** <b>x</b> \\*", TemplateRun.Render("**Naam:** <b>{{ naam }}</b> \\*", new Tekst("x")));

    [Fact]
    public void Text_values_are_isolated_in_a_right_to_left_language_numbers_are_not() =>
        Assert.Equal("الاسم: \u2068Sara de Vries\u2069 (3)",
            TemplateRun.Render("الاسم: {{ tekst }} ({{ aantal }})", new Waarheid("Sara de Vries", true, 3, 0, [], null), language: "ar"));

    [Fact]
    public void Text_values_are_not_isolated_left_to_right() =>
        Assert.Equal("Sara", TemplateRun.Render("{{ tekst }}", new Waarheid("Sara", true, 3, 0, [], null), language: "en"));

    [Theory]
    [InlineData(null, false, 0, 0, false, false, "------")]
    [InlineData("", true, 0, 0, false, false, "-V----")]
    [InlineData("x", false, 2, 0.5, true, true, "T-ABLR")]
    [InlineData(null, false, 0, 1, false, false, "---B--")]
    public void If_counts_empty_things_as_false(string? tekst, bool vlag, int aantal, double bedrag, bool lijst, bool record, string expected)
    {
        const string template = "{{ if tekst }}T{{ else }}-{{ end }}{{ if vlag }}V{{ else }}-{{ end }}{{ if aantal }}A{{ else }}-{{ end }}"
            + "{{ if bedrag }}B{{ else }}-{{ end }}{{ if lijst }}L{{ else }}-{{ end }}{{ if record }}R{{ else }}-{{ end }}";
        var model = new Waarheid(tekst, vlag, aantal, (decimal)bedrag, lijst ? ["a"] : [], record ? new Tekst("n") : null);
        Assert.Equal(expected, TemplateRun.Render(template, model));
    }
}
