namespace Smi.Docs.Policy;

/// <summary>
/// One municipality: who it is, how its letters are signed, the rules SMI rests on and its policy
/// choices. Read from a YAML file; <see cref="Id"/> is the file name without extension.
/// </summary>
public sealed record MunicipalityProfile(
    string Id,
    Gemeente Gemeente,
    Ondertekening Ondertekening,
    Regeling Regeling,
    Bezwaar Bezwaar,
    Beleid Beleid)
{
    /// <summary>The online form's retention periods and virus scan (<c>formulier</c>); absent: the service's defaults.</summary>
    public OnlineFormulier Formulier { get; init; } = OnlineFormulier.Standaard;
}
