namespace Smi.Docs.Forms;

/// <summary>
/// What kind of answer a form field takes. The printed form draws a box per kind; a web form picks its
/// input from it (text, date, number, radio buttons, a checkbox group).
/// </summary>
public enum FieldType
{
    /// <summary>One line of text.</summary>
    Tekst,

    /// <summary>Several lines of free text: a large box on paper, a textarea on the web.</summary>
    Tekstvak,

    Datum,
    Getal,

    /// <summary>One of <see cref="FormField.Opties"/>.</summary>
    Keuze,

    /// <summary>Ja or nee; the options are fixed.</summary>
    JaNee,

    /// <summary>A Dutch IBAN (ISO 13616, mod 97).</summary>
    Iban,

    /// <summary>A box to sign in; on the web, a confirmation the applicant ticks.</summary>
    Handtekening,

    /// <summary>Any number of <see cref="FormField.Opties"/>, each ticked or not (consent, attachments).</summary>
    Vinklijst,
}
