namespace Smi.Docs.Policy;

/// <summary>Which hourly price the municipality pays over: YAML <c>maximum</c> or <c>werkelijk</c>.</summary>
public enum Uurprijsgrondslag
{
    /// <summary>The actual price, but not more than the maximum uurprijs of the Besluit kinderopvangtoeslag (art. 4).</summary>
    Maximum,

    /// <summary>The actual price of the childcare, also above the maximum (basislijn 11: municipalities may pay more).</summary>
    Werkelijk,
}
