using System.Text.RegularExpressions;
using Smi.Docs.Catalogues;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;
using Smi.Docs.Tests.Input;

namespace Smi.Docs.Tests.Catalogues;

/// <summary>The rejection catalogue: the codes case systems rely on, its checks, and plain Dutch in every text.</summary>
public sealed partial class AfwijzingsgrondenReaderTests
{
    private const string Valid = """
        afwijzingsgronden:
          niet-in-doelgroep:
            titel: T
            regel: R
            feiten: F
            alternatief: A
            artikel: doelgroep
        """;

    // STYLE/issue 4 point 4: officialese with a plain alternative.
    private static readonly string[] Officialese = ["indien", "teneinde", "derhalve", "middels", "conform", "aanvang", "reeds", "alsmede", "omtrent"];

    [Fact]
    public void Standard_catalogue_has_every_code_case_systems_may_send()
    {
        string[] required =
        [
            "voorliggende-voorziening-kot", "voorliggende-voorziening-wlz", "voorliggende-voorziening-pgb", "voorliggende-voorziening-jeugdwet",
            "niet-in-doelgroep", "kind-boven-leeftijdsgrens", "niet-op-hetzelfde-adres", "netwerk-kan-opvang-bieden",
            "niet-woonachtig-in-gemeente", "geen-lrk-registratie", "inkomen-boven-grens",
        ];

        Assert.Equal(required, AfwijzingsgrondenCatalogus.Standaard.Codes);
        Assert.Same(AfwijzingsgrondenCatalogus.Standaard, AfwijzingsgrondenCatalogus.Standaard);
        Assert.Equal([ArtikelSoort.Inkomen], AfwijzingsgrondenCatalogus.Standaard.Gronden.Where(g => g.EigenArtikel).Select(g => g.Artikel));
    }

    [Fact]
    public void Embedded_catalogue_is_the_file_in_data()
    {
        var fromFile = AfwijzingsgrondenReader.Read(RepositoryFiles.Read("data", "afwijzingsgronden.yaml"), "data/afwijzingsgronden.yaml");

        Assert.Equal(fromFile.Gronden, AfwijzingsgrondenCatalogus.Standaard.Gronden);
    }

    [Fact]
    public void Every_text_is_plain_dutch_short_sentences_without_officialese()
    {
        foreach (var grond in AfwijzingsgrondenCatalogus.Standaard.Gronden)
        {
            foreach (var text in new[] { grond.Titel, grond.Regel, grond.Feiten, grond.Alternatief })
            {
                Assert.All(Sentence().Split(text), s => Assert.True(Words(s) <= 25, $"{grond.Code}: sentence of {Words(s)} words: {s}"));
                Assert.All(Officialese, w => Assert.DoesNotMatch($@"(?i)\b{w}\b", text));
            }
        }
    }

    [Fact]
    public void Unknown_key_is_located_with_line_column_and_a_suggestion()
    {
        var error = Assert.Single(Errors(Valid + "\n    alternatieff: B"));

        Assert.Equal(("SMI8004", 8, 5, "afwijzingsgronden.niet-in-doelgroep.alternatieff"), (error.Code, error.Location.Line, error.Location.Column, error.Location.JsonPath));
        Assert.Contains("did you mean 'alternatief'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_field_and_unknown_article_are_all_reported()
    {
        var yaml = Valid.Replace("    feiten: F\n", "", StringComparison.Ordinal).Replace("artikel: doelgroep", "artikel: leeftijdsgrens", StringComparison.Ordinal);

        var errors = Errors(yaml).Select(e => (e.Code, e.Location.JsonPath)).ToList();

        Assert.Equal([("SMI8002", "afwijzingsgronden.niet-in-doelgroep.feiten"), ("SMI8007", "afwijzingsgronden.niet-in-doelgroep.artikel")], errors);
    }

    [Fact]
    public void Code_must_be_lower_case_words_with_hyphens()
    {
        var error = Assert.Single(Errors(Valid.Replace("niet-in-doelgroep:", "Niet_In_Doelgroep:", StringComparison.Ordinal)));

        Assert.Equal(("SMI8011", 2, 3), (error.Code, error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Empty_catalogue_is_an_error()
    {
        Assert.Equal("SMI8012", Assert.Single(Errors("afwijzingsgronden: {}")).Code);
    }

    [Fact]
    public void Every_code_is_documented_for_integrators()
    {
        var documented = DocumentedCode().Matches(RepositoryFiles.Read("docs", "afwijzingsgronden.md")).Select(m => m.Groups[1].Value);

        Assert.Equal(AfwijzingsgrondenCatalogus.Standaard.Codes, documented);
    }

    private static IReadOnlyList<Diagnostic> Errors(string yaml) =>
        Assert.Throws<SmiDocsException>(() => AfwijzingsgrondenReader.Read(yaml, "gronden.yaml")).Diagnostics;

    private static int Words(string sentence) => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^\| `([a-z0-9-]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedCode();
}
