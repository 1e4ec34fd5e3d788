using Smi.Docs.Composition;
using Smi.Docs.Templating;

namespace Smi.Docs.Tests.Templating;

/// <summary>The studio's autocomplete offers what the checker accepts, taken from the real view models.</summary>
public sealed class TemplateVocabularyTests
{
    private static readonly TemplateWords Toekenning = TemplateVocabulary.For(DocumentDefinitions.All.Single(d => d.Id == "toekenning").ViewModelType);

    [Fact]
    public void A_list_offers_its_elements_values_for_the_loop_variable()
    {
        // templates/toekenning: {{ for kind in kinderen }} … {{ kind.voornaam }} … {{ kind.opvang.organisatie }}
        var kinderen = Toekenning.Waarden.Single(w => w.Naam == "kinderen");
        Assert.Equal(TemplateWordKind.Lijst, kinderen.Soort);
        Assert.Contains(kinderen.Velden, w => w.Naam == "voornaam" && w.Soort == TemplateWordKind.Waarde);
        var opvang = kinderen.Velden.Single(w => w.Naam == "opvang");
        Assert.Equal(TemplateWordKind.Groep, opvang.Soort);
        Assert.Contains(opvang.Velden, w => w.Naam == "organisatie");
    }

    [Fact]
    public void A_group_offers_its_values_by_their_template_names()
    {
        // {{ brief.regeling.titel }}: camelCase as the checker and the runtime name them, never the C# name.
        var regeling = Toekenning.Waarden.Single(w => w.Naam == "brief").Velden.Single(w => w.Naam == "regeling");
        Assert.Contains(regeling.Velden, w => w.Naam == "titel");
        Assert.DoesNotContain(Flatten(Toekenning.Waarden), w => char.IsUpper(w.Naam[0]));
    }

    [Fact]
    public void Every_name_offered_is_one_the_checker_accepts_in_a_template()
    {
        var type = DocumentDefinitions.All.Single(d => d.Id == "toekenning").ViewModelType;
        foreach (var word in Toekenning.Waarden.Where(w => w.Soort == TemplateWordKind.Waarde))
        {
            Assert.NotNull(ViewModelShape.FindProperty(type, word.Naam));
        }
    }

    [Fact]
    public void The_functions_are_the_runtimes_with_a_dutch_example_each()
    {
        Assert.Equal(["bedrag", "datum", "getal", "include", "maand", "meervoud", "procent"], Toekenning.Functies.Select(f => f.Naam));
        Assert.All(Toekenning.Functies, f => Assert.Contains("{{ " + f.Naam, f.Uitleg));
    }

    private static IEnumerable<TemplateWord> Flatten(IEnumerable<TemplateWord> words) => words.SelectMany(w => Flatten(w.Velden).Prepend(w));
}
