namespace Smi.Docs.Policy.Basislijn;

/// <summary>The outcome for one basislijn point, as the report names it.</summary>
public enum BasislijnStatus
{
    /// <summary>"voldoet": the profile shows the municipality meets the point.</summary>
    Voldoet,

    /// <summary>"voldoet niet": the profile shows a rule that falls short of the point.</summary>
    VoldoetNiet,

    /// <summary>"niet te bepalen": the profile does not say, or a profile cannot show it.</summary>
    NietTeBepalen,
}
