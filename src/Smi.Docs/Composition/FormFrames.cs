using Smi.Docs.Cases;
using Smi.Docs.Documents;
using Smi.Docs.Formatting;
using Smi.Docs.Forms;
using Smi.Docs.Localization;

namespace Smi.Docs.Composition;

/// <summary>
/// The frame of a form: the letterhead, but no address window and no salutation, because a form is handed out or
/// downloaded, not posted to one person. A pre-filled form carries the case reference and the contact person, so a
/// returned form finds its case; every page names the form's version, so an old print can be recognised.
/// </summary>
internal static class FormFrames
{
    public static LetterFrame Create(Letterhead letterhead, SmiCase? zaak, FormDefinition form, LanguagePack pack)
    {
        var labels = pack.Labels;
        var version = pack.Texts.Format("kader.formulierVersie", ("datum", pack.Formatter.Date(form.Versie)));
        if (zaak is null)
        {
            return WithoutRecipient(letterhead, Capitalize(version), labels);
        }
        var fields = new List<FrameField>
        {
            new(labels.Reference, zaak.Zaaknummer),
            new(labels.ContactPerson, zaak.Behandelaar.Naam),
            new(labels.Phone, zaak.Behandelaar.Telefoon),
            new(labels.Email, zaak.Behandelaar.Email),
        };
        return new LetterFrame(letterhead, "", [], fields, null,
            new PageFooter($"{labels.Reference} {zaak.Zaaknummer}, {version}", labels.PageBefore, labels.PageBetween, labels.PageAfter));
    }

    /// <summary>The frame of anything handed out rather than posted (a blank form, a leaflet): letterhead and footer only.</summary>
    public static LetterFrame WithoutRecipient(Letterhead letterhead, string footer, LetterLabels labels) =>
        new(letterhead, "", [], [], null, new PageFooter(footer, labels.PageBefore, labels.PageBetween, labels.PageAfter));

    private static string Capitalize(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
