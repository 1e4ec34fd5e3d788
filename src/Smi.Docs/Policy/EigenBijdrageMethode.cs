namespace Smi.Docs.Policy;

/// <summary>How the parent's contribution is determined; the YAML names are in <see cref="ProfileReader"/>.</summary>
public enum EigenBijdrageMethode
{
    /// <summary><c>kot</c>: as if the parent had kinderopvangtoeslag (basislijn 11).</summary>
    Kot,

    /// <summary><c>vng-adviestabel</c>: a contribution per hour by income bracket (basislijn 11).</summary>
    VngAdviestabel,

    /// <summary><c>volledig-onder-grens</c>: everything paid below a share of WML or bijstandsnorm, another method above it.</summary>
    VolledigOnderGrens,

    /// <summary><c>beemster-2021</c>: Verordening SMI Beemster 2021 art. 10 (KOT, lowest income category pays nothing).</summary>
    Beemster2021,

    /// <summary><c>oude-ijsselstreek-2020</c>: Regeling SMI Oude IJsselstreek 2020 art. 4 and 6 (KOT, at most 24 hours a week).</summary>
    OudeIJsselstreek2020,
}
