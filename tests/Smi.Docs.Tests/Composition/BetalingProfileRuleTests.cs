using Smi.Docs.Diagnostics;
using Smi.Docs.Tests.EndToEnd;

namespace Smi.Docs.Tests.Composition;

public sealed class BetalingProfileRuleTests
{
    [Fact]
    public void A_grant_paid_to_the_parent_is_refused_where_the_policy_pays_only_the_childcare()
    {
        var error = Assert.Throws<SmiDocsException>(() =>
            Examples.Composer.Compose(Examples.Case("toekenning-twee-kinderen-ouder"), Examples.Profile("beemster"), "toekenning", "nl"));

        var diagnostic = Assert.Single(error.Diagnostics);
        Assert.Equal(("SMI1106", "$.betaling.aan"), (diagnostic.Code, diagnostic.Location.JsonPath));
        Assert.Contains("pays only 'opvang'", diagnostic.Message);
    }

    [Theory]
    [InlineData("voorbeeldstad")]
    [InlineData("rivierenland")]
    public void Where_the_policy_lets_the_case_choose_either_payee_renders(string profile)
    {
        var document = Examples.Composer.Compose(Examples.Case("toekenning-twee-kinderen-ouder"), Examples.Profile(profile), "toekenning", "nl");

        Assert.NotNull(document.Body);
    }
}
