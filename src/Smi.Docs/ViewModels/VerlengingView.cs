namespace Smi.Docs.ViewModels;

/// <summary>
/// Which extension this is and what the policy still allows, decided here so the template only picks a sentence.
/// <see cref="Rangtelwoord"/> is the Dutch ordinal ("tweede"); <see cref="ResterendeVerlengingen"/> counts the
/// extensions the policy still allows after this one (0 when <see cref="GeenMaximum"/>, which the template asks first).
/// <see cref="ViaHardheidsclausule"/> is true only when this extension goes beyond the maximum.
/// </summary>
public sealed record VerlengingView(
    EerderBesluitView EerderBesluit,
    int Volgnummer,
    string Rangtelwoord,
    bool GeenMaximum,
    int? MaximumAantal,
    int ResterendeVerlengingen,
    bool ViaHardheidsclausule);
