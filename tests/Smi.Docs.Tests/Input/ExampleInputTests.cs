using NJsonSchema;
using NJsonSchema.Validation;
using Smi.Docs.Cases;
using Smi.Docs.Policy;
using static Smi.Docs.Tests.Input.CaseInput;

namespace Smi.Docs.Tests.Input;

/// <summary>The examples a newcomer runs must read cleanly and match the published schema.</summary>
public sealed class ExampleInputTests
{
    [Fact]
    public void One_child_example_reads_with_its_defaults()
    {
        var smiCase = CaseReader.Read(Example(OneChild), OneChild + ".json");

        Assert.Null(smiCase.Partner);
        Assert.Equal(Opvangsoort.Dagopvang, Assert.Single(smiCase.Kinderen).Opvang.Soort);
        Assert.Equal(new Betaling(Betaalontvanger.Opvang, null), smiCase.Betaling);
        Assert.Empty(smiCase.Indicatie!.Afbouw);
        Assert.Equal(new Periode(new DateOnly(2026, 12, 1), new DateOnly(2027, 5, 31)), smiCase.Periode);
        Assert.Equal(11.85m, smiCase.Kinderen[0].Opvang.Uurprijs);
    }

    [Fact]
    public void Two_children_example_reads_and_verzenddatum_defaults_to_besluitdatum()
    {
        var smiCase = CaseReader.Read(Example(TwoChildren), TwoChildren + ".json");

        Assert.Equal(smiCase.Besluitdatum, smiCase.Verzenddatum);
        Assert.Equal("van den", smiCase.Partner?.Tussenvoegsel);
        Assert.Null(smiCase.Aanvrager.Tussenvoegsel);
        Assert.Equal([Opvangsoort.Dagopvang, Opvangsoort.Bso], smiCase.Kinderen.Select(k => k.Opvang.Soort));
        Assert.Equal(Betaalontvanger.Ouder, smiCase.Betaling!.Aan);
        var december = smiCase.Berekening!.Kinderen[1].Maanden[0];
        Assert.Equal(new MaandBerekening(2026, 12, 43m, 10.40m, 9.98m, 96m, 411.97m, 35.23m), december);
    }

    [Theory]
    [InlineData(OneChild)]
    [InlineData(TwoChildren)]
    public void Example_amounts_add_up_as_the_schema_describes(string name)
    {
        var maanden = CaseReader.Read(Example(name), name + ".json").Berekening!.Kinderen.SelectMany(k => k.Maanden);

        Assert.All(maanden, m =>
        {
            var gemeente = Math.Round(m.Uren * Math.Min(m.Uurprijs, m.MaximumUurprijs) * m.Percentage / 100, 2, MidpointRounding.AwayFromZero);
            Assert.Equal(gemeente, m.Gemeente);
            Assert.Equal(Math.Round(m.Uren * m.Uurprijs, 2, MidpointRounding.AwayFromZero) - gemeente, m.Ouder);
        });
    }

    [Theory]
    [InlineData(OneChild)]
    [InlineData(TwoChildren)]
    public async Task Example_validates_against_the_json_schema(string name)
    {
        var schema = await JsonSchema.FromJsonAsync(RepositoryFiles.Read("schemas", "smi-case.schema.json"), TestContext.Current.CancellationToken);

        Assert.Empty(schema.Validate(Example(name)));
    }

    [Fact]
    public async Task Schema_rejects_what_the_reader_rejects_for_shape()
    {
        var schema = await JsonSchema.FromJsonAsync(RepositoryFiles.Read("schemas", "smi-case.schema.json"), TestContext.Current.CancellationToken);
        var json = Changed(root =>
        {
            Opvang(root, 1)["uurpijs"] = 10.40m;
            root["aanvrager"]!["aanhef"] = "mw";
            Opvang(root, 0)["dagenPerWeek"] = 8;
        });

        var errors = schema.Validate(json).SelectMany(Flatten).Select(e => (e.Kind, e.Path)).OrderBy(e => e.Path, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                (ValidationErrorKind.NotInEnumeration, "#/aanvrager.aanhef"),
                (ValidationErrorKind.NumberTooBig, "#/kinderen[0].opvang.dagenPerWeek"),
                (ValidationErrorKind.NoAdditionalPropertiesAllowed, "#/kinderen[1].opvang.uurpijs"),
            ],
            errors);
        Assert.Equal(["SMI1004", "SMI1007", "SMI1010"], Found(json).Select(f => f.Code).Order());
    }

    // NJsonSchema nests the errors found inside a $ref'd or anyOf schema.
    private static IEnumerable<ValidationError> Flatten(ValidationError error) =>
        error is ChildSchemaValidationError child
            ? child.Errors.Values.SelectMany(e => e).SelectMany(Flatten)
            : [error];

    [Fact]
    public void Voorbeeldstad_profile_follows_the_basislijn()
    {
        var path = RepositoryFiles.PathTo("examples", "profiles", "voorbeeldstad.yaml");

        var profile = ProfileReader.Load(path);

        Assert.Equal("voorbeeldstad", profile.Id);
        // Basislijn 10, 12, 13 and 15 are said outright; every other new key is the basislijn default, except
        // tabeljaar: begin, which stays only until the 2027 tables are in data/tables (the profile says why).
        Assert.Equal(new Beleid(2m, 6, 6, null, 6, 230, 8, 14, true, null, EigenBijdrageBeleid.Basislijn with { Tabeljaar = Tabeljaar.Begin }) { Werkwijze = new Werkwijze(true, true, true, true) }, profile.Beleid);
        Assert.Equal(Vastlegging.Verordening, profile.Regeling.VastgelegdIn);
        Assert.NotNull(profile.Regeling.ArtikelHardheidsclausule);
        Assert.Equal(RepositoryFiles.PathTo("examples", "profiles", "voorbeeldstad-logo.png"), profile.Gemeente.Logo);
        Assert.StartsWith("Postbus", profile.Gemeente.Postadres[0], StringComparison.Ordinal);
        Assert.StartsWith("https://", profile.Bezwaar.Digitaal, StringComparison.Ordinal);
    }
}
