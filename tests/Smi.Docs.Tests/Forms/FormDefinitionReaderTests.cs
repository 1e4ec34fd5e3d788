using Smi.Docs.Diagnostics;
using Smi.Docs.Forms;

namespace Smi.Docs.Tests.Forms;

/// <summary>A broken form definition is refused with every problem located (line, column, key path).</summary>
public sealed class FormDefinitionReaderTests
{
    private const string Valid = """
        id: proef
        versie: 2026-01-01
        titel: Proef
        titelVerlenging: Proef verlenging
        inleiding: ["Welkom bij {gemeente.naam}."]
        inleidingVerlenging: [Welkom terug.]
        secties:
          - id: over-u
            titel: Over u
            velden:
              - { id: naam, label: Naam, type: tekst, voorinvullen: aanvrager.achternaam, verlenging: true }
              - { id: partner, label: Partner?, type: janee, voorinvullen: partner.aanwezig }
              - { id: partner-naam, label: Naam partner, type: tekst, toonAls: { veld: partner, is: ja } }
            perKind:
              kop: Kind
              leegAantal: 1
              velden:
                - { id: kind-naam, label: Voornaam, type: tekst, voorinvullen: kind.voornaam }
        """;

    [Fact]
    public void A_valid_definition_reads_with_its_defaults()
    {
        var form = FormDefinitionReader.Read(Valid, "proef.form.yaml");

        var section = Assert.Single(form.Secties);
        Assert.Equal(["naam", "partner", "partner-naam", "kind-naam"], section.AllFields.Select(f => f.Id));
        Assert.Equal(["ja", "nee"], section.Velden[1].Opties.Select(o => o.Waarde));
        Assert.Equal(new FormCondition("partner", "ja"), section.Velden[2].ToonAls);
        Assert.Equal(["naam"], FormVariants.AllFields(form, FormVariant.Verlenging).Select(f => f.Id));
    }

    [Fact]
    public void Every_broken_reference_is_reported_at_once_with_its_place()
    {
        var broken = Valid
            .Replace("voorinvullen: aanvrager.achternaam", "voorinvullen: aanvrager.achtenaam", StringComparison.Ordinal)
            .Replace("{ veld: partner, is: ja }", "{ veld: partner, is: misschien }", StringComparison.Ordinal)
            .Replace("{gemeente.naam}", "{gemeente.nam}", StringComparison.Ordinal)
            .Replace("id: partner-naam", "id: naam", StringComparison.Ordinal)
            .Replace("voorinvullen: partner.aanwezig", "voorinvullen: kind.voornaam", StringComparison.Ordinal);

        var errors = Assert.Throws<SmiDocsException>(() => FormDefinitionReader.Read(broken, "proef.form.yaml")).Diagnostics;

        Assert.Equal(
            [FormCodes.UnknownPlaceholder.Id, FormCodes.UnknownPrefill.Id, FormCodes.PrefillOutsideChild.Id, FormCodes.DuplicateId.Id, FormCodes.UnknownCondition.Id],
            errors.Select(e => e.Code));
        Assert.All(errors, e => Assert.Equal("proef.form.yaml", e.Location.File));
        Assert.All(errors, e => Assert.NotNull(e.Location.Line));
        Assert.Contains("did you mean 'aanvrager.achternaam'?", errors[1].Message);
        Assert.Equal("secties[0].velden[0].voorinvullen", errors[1].Location.JsonPath);
    }

    [Fact]
    public void A_checklist_line_can_be_conditional_and_its_condition_is_checked()
    {
        var withList = Valid.Replace(
            "      - { id: partner-naam,",
            "      - { id: bijlagen, label: Ik stuur mee, type: vinklijst, opties: [ { waarde: eigen, label: Mijn loonstrook }, { waarde: partner, label: Loonstrook partner, toonAls: { veld: partner, is: ja } } ] }\n      - { id: partner-naam,",
            StringComparison.Ordinal);

        var form = FormDefinitionReader.Read(withList, "proef.form.yaml");
        var error = Assert.Single(Assert.Throws<SmiDocsException>(() => FormDefinitionReader.Read(withList.Replace("toonAls: { veld: partner, is: ja } } ]", "toonAls: { veld: partner, is: soms } } ]", StringComparison.Ordinal), "proef.form.yaml")).Diagnostics);

        Assert.Equal(new FormCondition("partner", "ja"), form.Secties[0].Velden[2].Opties[1].ToonAls);
        Assert.Null(form.Secties[0].Velden[2].Opties[0].ToonAls);
        Assert.Equal(FormCodes.UnknownCondition.Id, error.Code);
        Assert.Contains("has no answer 'soms'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shape_problems_use_the_shared_input_codes()
    {
        var broken = Valid
            .Replace("type: tekst, voorinvullen: aanvrager", "type: tekstje, voorinvullen: aanvrager", StringComparison.Ordinal)
            .Replace("versie: 2026-01-01", "versie: gisteren", StringComparison.Ordinal)
            .Replace("titel: Over u", "titel: Over u\n    kleur: blauw", StringComparison.Ordinal);

        var codes = Assert.Throws<SmiDocsException>(() => FormDefinitionReader.Read(broken, "proef.form.yaml")).Diagnostics.Select(d => d.Code);

        Assert.Equal(["SMI7004", "SMI7006", "SMI7007"], codes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_choice_needs_options_and_an_id_must_be_stable()
    {
        var broken = Valid.Replace("{ id: naam, label: Naam, type: tekst", "{ id: Naam_1, label: Naam, type: keuze", StringComparison.Ordinal);

        var codes = Assert.Throws<SmiDocsException>(() => FormDefinitionReader.Read(broken, "proef.form.yaml")).Diagnostics.Select(d => d.Code);

        Assert.Equal([FormCodes.BadId.Id, FormCodes.OptionsMismatch.Id], codes);
    }

    [Fact]
    public void The_bundled_definition_reads_cleanly()
    {
        var form = FormDefinitionReader.Load(Path.Combine(TestPaths.Templates, "aanvraagformulier", "aanvraagformulier.form.yaml"), "aanvraagformulier.form.yaml");

        Assert.Equal("aanvraagformulier", form.Id);
        Assert.Equal(form.AllFields.Count(), form.AllFields.Select(f => f.Id).Distinct().Count());
    }
}
