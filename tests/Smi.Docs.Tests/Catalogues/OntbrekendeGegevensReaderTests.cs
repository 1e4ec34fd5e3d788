using System.Text.RegularExpressions;
using Smi.Docs.Catalogues;
using Smi.Docs.Diagnostics;
using Smi.Docs.Tests.Input;

namespace Smi.Docs.Tests.Catalogues;

/// <summary>The catalogue of missing items: the codes case systems rely on, its checks, and plain Dutch in every text.</summary>
public sealed partial class OntbrekendeGegevensReaderTests
{
    private const string Valid = """
        ontbrekendeGegevens:
          handtekening:
            titel: T
            wat: W
            waarom: R
            hoe: H
        """;

    private static readonly string[] Officialese = ["indien", "teneinde", "derhalve", "middels", "conform", "aanvang", "reeds", "alsmede", "omtrent"];

    [Fact]
    public void Standard_catalogue_has_every_code_case_systems_may_send()
    {
        string[] required =
        [
            "inkomensgegevens", "contract-of-offerte-kinderopvang", "verklaring-zorgverlener", "kopie-bankpas",
            "gegevens-partner", "handtekening", "identiteit", "gegevens-kinderen", "besluit-uwv-of-reintegratieplan",
        ];

        Assert.Equal(required, OntbrekendeGegevensCatalogus.Standaard.Codes);
        Assert.Same(OntbrekendeGegevensCatalogus.Standaard, OntbrekendeGegevensCatalogus.Standaard);
    }

    [Fact]
    public void Embedded_catalogue_is_the_file_in_data()
    {
        var fromFile = OntbrekendeGegevensReader.Read(RepositoryFiles.Read("data", "ontbrekende-gegevens.yaml"), "data/ontbrekende-gegevens.yaml");

        Assert.Equal(fromFile.Gegevens, OntbrekendeGegevensCatalogus.Standaard.Gegevens);
    }

    [Fact]
    public void Every_text_is_plain_dutch_short_sentences_without_officialese()
    {
        foreach (var gegeven in OntbrekendeGegevensCatalogus.Standaard.Gegevens)
        {
            foreach (var text in new[] { gegeven.Titel, gegeven.Wat, gegeven.Waarom, gegeven.Hoe })
            {
                Assert.All(Sentence().Split(text), s => Assert.True(Words(s) <= 25, $"{gegeven.Code}: sentence of {Words(s)} words: {s}"));
                Assert.All(Officialese, w => Assert.DoesNotMatch($@"(?i)\b{w}\b", text));
            }
        }
    }

    [Fact]
    public void The_care_provider_states_time_and_care_never_a_diagnosis()
    {
        var verklaring = OntbrekendeGegevensCatalogus.Standaard["verklaring-zorgverlener"];

        Assert.Contains("tijd en zorg", verklaring.Wat, StringComparison.Ordinal);
        Assert.Contains("Een diagnose hoeft er niet in.", verklaring.Wat, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_is_located_with_line_column_and_a_suggestion()
    {
        var error = Assert.Single(Errors(Valid + "\n    waaromm: B"));

        Assert.Equal(("SMI9004", 7, 5, "ontbrekendeGegevens.handtekening.waaromm"), (error.Code, error.Location.Line, error.Location.Column, error.Location.JsonPath));
        Assert.Contains("did you mean 'waarom'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_field_is_located()
    {
        var error = Assert.Single(Errors(Valid.Replace("    hoe: H", "", StringComparison.Ordinal)));

        Assert.Equal(("SMI9002", "ontbrekendeGegevens.handtekening.hoe"), (error.Code, error.Location.JsonPath));
    }

    [Fact]
    public void Code_must_be_lower_case_words_with_hyphens()
    {
        var error = Assert.Single(Errors(Valid.Replace("handtekening:", "Hand_Tekening:", StringComparison.Ordinal)));

        Assert.Equal(("SMI9011", 2, 3), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Empty_catalogue_is_an_error()
    {
        Assert.Equal("SMI9012", Assert.Single(Errors("ontbrekendeGegevens: {}")).Code);
    }

    [Fact]
    public void Every_code_is_documented_for_integrators()
    {
        var documented = DocumentedCode().Matches(RepositoryFiles.Read("docs", "ontbrekende-gegevens.md")).Select(m => m.Groups[1].Value);

        Assert.Equal(OntbrekendeGegevensCatalogus.Standaard.Codes, documented);
    }

    private static IReadOnlyList<Diagnostic> Errors(string yaml) =>
        Assert.Throws<SmiDocsException>(() => OntbrekendeGegevensReader.Read(yaml, "ontbrekend.yaml")).Diagnostics;

    private static int Words(string sentence) => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^\| `([a-z0-9-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}
