namespace Smi.Docs.Forms;

/// <summary>
/// Which form is printed from one definition: the first application, or the extension, which asks only
/// what can have changed (basislijn 13: "bij een aanvraag voor verlenging zo min mogelijk opnieuw").
/// </summary>
public enum FormVariant
{
    Aanvraag,
    Verlenging,
}
