using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Smi.Docs.Html;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>The form asks who is paid only where the policy lets the parent choose (beleid.betaling).</summary>
public sealed class AanvraagformulierBetalingTests
{
    [Theory]
    [InlineData("beemster")]
    [InlineData("oude-ijsselstreek")]
    public void Where_the_policy_pays_the_childcare_the_form_states_it_instead_of_asking(string profile)
    {
        var text = Text(profile);

        Assert.Contains("Wij betalen het geld altijd rechtstreeks aan de kinderopvang.", text);
        Assert.Contains("☒ Aan de kinderopvang", text);
        Assert.DoesNotContain("Aan mij", text);
    }

    [Fact]
    public void Where_the_parent_may_choose_the_form_asks()
    {
        var text = Text("voorbeeldstad");

        Assert.Contains("Wij kunnen het geld aan u betalen of meteen aan de kinderopvang.", text);
        Assert.Contains("☐ Aan mij", text);
        Assert.Contains("☐ Aan de kinderopvang", text);
    }

    private static string Text(string profile)
        => LetterText.Of(Examples.Composer.Compose(null, Examples.Profile(profile), "aanvraagformulier", "nl"));
}
