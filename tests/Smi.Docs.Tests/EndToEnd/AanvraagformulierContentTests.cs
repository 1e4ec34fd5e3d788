using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Smi.Docs.Forms;
using Smi.Docs.Html;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>
/// What the form may and may not ask (basislijn 13, Awb 4:2 and 4:3), checked on the definition and on the
/// printed output: never a diagnosis, an extension form that only leaves questions out, and pre-filled boxes.
/// </summary>
public sealed partial class AanvraagformulierContentTests
{
    /// <summary>The one sentence allowed to name these words: the one that tells the parent not to give them.</summary>
    private const string NoDiagnosis = "Schrijf niet op welke ziekte of diagnose u of iemand in uw gezin heeft. Stuur ook geen medische gegevens mee. Dat hoeven wij niet te weten.";

    private static FormDefinition Form => Examples.Composer.Forms.Get("aanvraagformulier");

    [Fact]
    public void No_question_help_or_answer_asks_for_a_diagnosis()
    {
        var questionTexts = Form.AllFields
            .SelectMany(f => new[] { f.Label, f.Hulp, f.Controle }.Concat(f.Opties.Select(o => o.Label)))
            .OfType<string>();

        Assert.All(questionTexts, text => Assert.False(Medical().IsMatch(text), $"a question mentions a diagnosis: {text}"));
    }

    [Fact]
    public void Only_the_sentence_that_says_not_to_give_one_mentions_a_diagnosis()
    {
        var texts = Form.Inleiding.Concat(Form.InleidingVerlenging)
            .Concat(Form.Secties.SelectMany(s => s.Uitleg.Concat(s.UitlegVerlenging ?? []).Append(s.Titel)))
            .Select(WithoutSchemeName);
        var mentions = texts.Where(t => Medical().IsMatch(t)).ToList();

        Assert.NotEmpty(mentions);
        Assert.All(mentions, text => Assert.Equal(NoDiagnosis, text));
    }

    [Theory]
    [MemberData(nameof(AanvraagformulierHtmlTests.Forms), MemberType = typeof(AanvraagformulierHtmlTests))]
    public void The_printed_form_names_a_diagnosis_only_to_say_it_is_not_needed(string name)
    {
        var text = WithoutSchemeName(Text(FormExample.Named(name))).Replace(NoDiagnosis, "", StringComparison.Ordinal);

        Assert.DoesNotMatch(Medical(), text);
    }

    [Fact]
    public void Every_field_of_the_extension_form_is_a_field_of_the_application_form()
    {
        var full = FormVariants.AllFields(Form, FormVariant.Aanvraag);
        var extension = FormVariants.AllFields(Form, FormVariant.Verlenging);

        Assert.NotEmpty(extension);
        Assert.True(extension.Count < full.Count, "the extension form must ask less");
        Assert.All(extension, field => Assert.Contains(field, full));
        Assert.All(extension, field => Assert.Equal(
            FormVariants.Options(field, FormVariant.Verlenging).Select(o => o.Waarde),
            field.Opties.Select(o => o.Waarde).Intersect(FormVariants.Options(field, FormVariant.Verlenging).Select(o => o.Waarde))));
    }

    [Fact]
    public void Every_printed_question_of_the_extension_form_is_printed_on_the_application_form()
    {
        var full = Questions(FormExample.Named("aanvraagformulier-leeg"));
        var extension = Questions(FormExample.Named("aanvraagformulier-verlenging-leeg"));

        Assert.Subset(full, extension);
        Assert.ProperSubset(full, extension);
    }

    [Fact]
    public void The_extension_form_does_not_ask_again_what_cannot_change()
    {
        var extension = FormVariants.AllFields(Form, FormVariant.Verlenging).Select(f => f.Id).ToList();

        Assert.DoesNotContain("aanvrager-bsn", extension);
        Assert.DoesNotContain("kind-bsn", extension);
        Assert.DoesNotContain("kind-geboortedatum", extension);
        Assert.Contains("kind-uren", extension);
        Assert.Contains("inkomen-aanvrager", extension);
        Assert.Contains("betaling-aan", extension);
        Assert.Contains("reden-momenten", extension);
    }

    [Fact]
    public void A_pre_filled_form_shows_what_the_case_knows_and_leaves_the_rest_empty()
    {
        var example = FormExample.Named("aanvraagformulier-voorgevuld");
        var zaak = Examples.Case(example.CaseName!);
        var answers = Answers(example);

        Assert.Equal(zaak.Aanvrager.Achternaam, answers["Achternaam *"][0]);
        Assert.Equal("Lindelaan 112", answers["Straat en huisnummer *"][0]);
        Assert.Equal(zaak.Adres.Postcode, answers["Postcode * (4 cijfers en 2 letters)"][0]);
        Assert.Equal(zaak.Kinderen.Select(k => k.Voornaam), answers["Voornaam *"]);
        Assert.Equal(["30-01-2024", "11-05-2018"], answers["Geboortedatum * Bijvoorbeeld: 14-03-2025"]);
        Assert.Equal(zaak.Kinderen.Select(k => k.Opvang.LrkNummer), answers["LRK-nummer van de kinderopvang Staat op de offerte. Of zoek het op in het Landelijk Register Kinderopvang. (9 cijfers)"]);
        Assert.Equal(zaak.Kinderen.Select(k => Smi.Docs.Formatting.ValueFormatter.Dutch.Money(k.Opvang.Uurprijs)), answers["Prijs per uur * Staat op de offerte of het contract."]);
        Assert.Equal("\u2612\u00A0Dagopvang\u2003\u2610\u00A0Buitenschoolse opvang (bso)\u2003\u2610\u00A0Gastouderopvang", answers["Soort opvang *"][0]);
        Assert.StartsWith("\u2610\u00A0Aan mij\u2003\u2612\u00A0Aan de kinderopvang", answers["Aan wie betalen wij? *"][0]);
        Assert.Equal("", answers["Burgerservicenummer (BSN) * Staat op uw paspoort of identiteitskaart. (9 cijfers)"][0]);
        Assert.Equal("", answers["Uw bruto inkomen per maand * Geen inkomen? Vul dan 0 in."][0]);
        Assert.DoesNotContain(zaak.Indicatie!.Reden, Text(example));
    }

    /// <summary>Issue 12 point 8: a single parent is not asked for "mijn partner"'s payslip; a blank form keeps both lines.</summary>
    [Theory]
    [InlineData("aanvraagformulier-verlenging-een-kind", false)]  // partner: null
    [InlineData("aanvraagformulier-voorgevuld", true)]            // with a partner
    [InlineData("aanvraagformulier-leeg", true)]                  // blank: for everybody
    public void The_attachments_ask_for_the_partners_payslip_only_when_there_may_be_a_partner(string name, bool partner)
    {
        var text = Text(FormExample.Named(name));

        Assert.Contains("mijn loonstrook of uitkeringsspecificatie van de laatste maand", text);
        Assert.Equal(partner, text.Contains("van mijn partner", StringComparison.Ordinal));
        Assert.DoesNotContain("van mij en van mijn partner", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_form_has_every_box_empty_and_two_children()
    {
        var answers = Answers(FormExample.Named("aanvraagformulier-leeg"));

        Assert.Equal(2, answers["Voornaam *"].Count);
        Assert.All(answers.Values.SelectMany(v => v), answer => Assert.DoesNotContain("\u2612", answer));
        Assert.All(answers.Values.SelectMany(v => v).Where(a => !a.Contains('\u2610')), answer => Assert.Equal("", answer));
    }

    private static Dictionary<string, List<string>> Answers(FormExample example) =>
        new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(Examples.Form(example)))
            .QuerySelectorAll(".invulvelden tbody tr")
            .GroupBy(row => Squash(row.Children[0].TextContent), row => row.Children[1].TextContent.Trim())
            .ToDictionary(g => g.Key, g => g.ToList());

    private static HashSet<string> Questions(FormExample example) =>
        new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(Examples.Form(example)))
            .QuerySelectorAll(".invulvelden tbody th, .schrijfvak p:first-child, .vinklijst li")
            .Select(e => Squash(e.TextContent))
            .ToHashSet();

    private static string Text(FormExample example) =>
        Squash(new HtmlParser().ParseDocument(new HtmlLetterRenderer().Render(Examples.Form(example))).Body!.TextContent);

    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>"sociaal(-)medische indicatie" is the scheme's name (also in the verordening's title), not a question about health.</summary>
    private static string WithoutSchemeName(string text) => SchemeName().Replace(text, "SMI");

    [GeneratedRegex(@"sociaal[- ]medische indicatie", RegexOptions.IgnoreCase)]
    private static partial Regex SchemeName();

    [GeneratedRegex(@"diagnos|ziekte|ziek\b|medisch|aandoening|stoornis", RegexOptions.IgnoreCase)]
    private static partial Regex Medical();

    [GeneratedRegex(@"[ \t\r\n]+")]
    private static partial Regex Whitespace();
}
