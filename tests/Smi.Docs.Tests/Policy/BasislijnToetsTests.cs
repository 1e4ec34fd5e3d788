using Smi.Docs.Policy;
using Smi.Docs.Policy.Basislijn;

namespace Smi.Docs.Tests.Policy;

/// <summary>
/// The outcome of every basislijn point for every example profile, written one character per point:
/// V voldoet, X voldoet niet, ? niet te bepalen. Why each one is what it is, is in the comments.
/// </summary>
public sealed class BasislijnToetsTests
{
    public static TheoryData<string, string> Verwacht => new()
    {
        // Follows the basislijn: only 2 (effort) and 14 (clear information) a profile cannot show.
        { "voorbeeldstad", "V?VVVVVVVVVVV?V" },
        // 3: only a problem of the parent counts (art. 1 sub i, art. 2 and 3). 4: "0 tot 13 jaar" covers the
        // usual basisschool age. 10: Loket Jeugd follows the family (raadsvoorstel). 13: art. 4 is an open
        // "in ieder geval" list, 15: not in the rules — cannot tell.
        { "beemster", "V?XVVVVVVVVV???" },
        // 1: beleidsregels on the bijzondere bijstand. 3: the parent must have the impairment (art. 5).
        // 5: no SMI above 110% WML (art. 3 and 5). 13: "overige gegevens die het college nodig acht" (art. 8).
        // 4: "niet ouder dan 12 jaar" still includes 12-year-olds. 6: 24 hours a week is 2 days and more.
        { "oude-ijsselstreek", "X?XVXVVVV?VVX??" },
        // Basislijn rules with full reimbursement below 120% WML (point 11 allows paying more); 10, 13, 15 not said.
        { "rivierenland", "V?VVVVVVV?VV???" },
    };

    [Theory]
    [MemberData(nameof(Verwacht))]
    public void Every_point_has_the_expected_outcome(string id, string verwacht)
    {
        var rapport = SeedProfiles.Rapport(id);

        Assert.Equal(Enumerable.Range(1, 15), rapport.Uitkomsten.Select(u => u.Punt.Nummer));
        Assert.Equal(verwacht, string.Concat(rapport.Uitkomsten.Select(u => Teken(u.Status))));
        Assert.All(rapport.Uitkomsten, u => Assert.False(string.IsNullOrWhiteSpace(u.Reden)));
    }

    [Fact]
    public void Oude_IJsselstreek_does_not_meet_point_5_because_of_its_income_limit()
    {
        var punt5 = SeedProfiles.Rapport("oude-ijsselstreek").Uitkomsten[4];

        Assert.Equal(BasislijnStatus.VoldoetNiet, punt5.Status);
        Assert.Contains("110% van het wettelijk minimumloon", punt5.Reden);
    }

    [Theory]
    [InlineData(12, BasislijnStatus.VoldoetNiet)]
    [InlineData(4, BasislijnStatus.VoldoetNiet)]
    [InlineData(13, BasislijnStatus.Voldoet)]
    public void An_age_limit_below_the_13th_birthday_shuts_out_basisschool_pupils(int totJaar, BasislijnStatus verwacht)
    {
        var profiel = SeedProfiles.Load("voorbeeldstad");
        profiel = profiel with { Beleid = profiel.Beleid with { Toegang = profiel.Beleid.Toegang with { LeeftijdTotJaar = totJaar } } };

        Assert.Equal(verwacht, BasislijnToets.Toets(profiel).Uitkomsten[3].Status);
    }

    [Fact]
    public void Caps_below_two_days_or_six_months_and_no_extension_fail_points_6_and_7()
    {
        var profiel = SeedProfiles.Load("voorbeeldstad");
        var eb = profiel.Beleid.EigenBijdrage with { MaximumUrenPerWeek = 16, MaximumMaanden = 6 };
        profiel = profiel with { Beleid = profiel.Beleid with { EigenBijdrage = eb } };

        var uitkomsten = BasislijnToets.Toets(profiel).Uitkomsten;

        Assert.Equal(BasislijnStatus.VoldoetNiet, uitkomsten[5].Status);
        Assert.Contains("16 uur per week", uitkomsten[5].Reden);
        Assert.Equal(BasislijnStatus.VoldoetNiet, uitkomsten[6].Status);
    }

    [Fact]
    public void A_profile_without_a_hardheidsclausule_or_with_ad_hoc_rules_fails_points_1_and_8()
    {
        var profiel = SeedProfiles.Load("voorbeeldstad");
        profiel = profiel with { Regeling = profiel.Regeling with { Hardheidsclausule = null, VastgelegdIn = Vastlegging.AdHoc } };

        var uitkomsten = BasislijnToets.Toets(profiel).Uitkomsten;

        Assert.Equal((BasislijnStatus.VoldoetNiet, BasislijnStatus.VoldoetNiet), (uitkomsten[0].Status, uitkomsten[7].Status));
    }

    [Fact]
    public void The_summary_counts_each_outcome()
    {
        Assert.Equal("7 punten voldoen, 4 voldoen niet, 4 zijn niet te bepalen uit het profiel.", SeedProfiles.Rapport("oude-ijsselstreek").Samenvatting);
    }

    private static char Teken(BasislijnStatus status) => status switch
    {
        BasislijnStatus.Voldoet => 'V',
        BasislijnStatus.VoldoetNiet => 'X',
        _ => '?',
    };
}
