using Smi.Docs.Cases;
using Smi.Docs.Documents;
using Smi.Docs.Formatting;
using Smi.Docs.Localization;
using Smi.Docs.Policy;
using Smi.Docs.ViewModels;

namespace Smi.Docs.Composition;

/// <summary>
/// Builds the frame around a document's body — letterhead, address window, reference fields, salutation, footer —
/// from the case and the profile in one language. Shared by every definition; reads each logo once.
/// </summary>
internal sealed class LetterFrames
{
    private readonly LogoLoader _logos = new();

    /// <summary>The municipality's name stays Dutch in every language: it is the name on its door and in its logo.</summary>
    public Letterhead Letterhead(MunicipalityProfile profile, LanguagePack pack)
    {
        var labels = pack.Labels;
        var gemeente = profile.Gemeente;
        var contactLines = gemeente.Postadres.Select(line => new ContactLine(InertText.Clean(line)))
            .Concat([new ContactLine(labels.Phone, InertText.Clean(gemeente.Telefoon)), new ContactLine(InertText.Clean(gemeente.Website))])
            .ToList();
        return new Letterhead("Gemeente " + gemeente.Naam, _logos.Load(gemeente.Logo, pack.Texts.Format("kader.logo", ("gemeente", gemeente.Naam))), contactLines);
    }

    /// <summary>The frame of a letter posted to the applicant.</summary>
    public LetterFrame Letter(SmiCase zaak, MunicipalityProfile profile, string subject, LanguagePack pack)
    {
        var labels = pack.Labels;
        var formatter = pack.Formatter;
        var recipient = new List<string>
        {
            PersonNames.AddressLine(zaak.Aanvrager),
            $"{zaak.Adres.Straat} {zaak.Adres.Huisnummer}",
            // PostNL: two spaces between postcode and town, town in capitals.
            $"{zaak.Adres.Postcode}  {zaak.Adres.Plaats.ToUpperInvariant()}",
        };
        var fields = new List<FrameField>
        {
            new(labels.Date, formatter.Date(zaak.Verzenddatum)),
            new(labels.Reference, zaak.Zaaknummer),
            new(labels.Subject, subject),
            new(labels.ContactPerson, zaak.Behandelaar.Naam),
            new(labels.Phone, zaak.Behandelaar.Telefoon),
            new(labels.Email, zaak.Behandelaar.Email),
        };
        return new LetterFrame(
            Letterhead(profile, pack),
            string.Join(", ", profile.Gemeente.Postadres),
            recipient,
            fields,
            PersonNames.Salutation(zaak.Aanvrager, pack.Texts),
            new PageFooter($"{labels.Reference} {zaak.Zaaknummer}", labels.PageBefore, labels.PageBetween, labels.PageAfter));
    }

    /// <summary>
    /// The frame shows case and profile values outside the template, so they get the same cleaning (the letterhead's
    /// lines are cleaned where they are built). Renderers isolate the values in a right-to-left letter (FrameField).
    /// </summary>
    public static LetterFrame Inert(LetterFrame frame) => frame with
    {
        Letterhead = frame.Letterhead with { MunicipalityName = InertText.Clean(frame.Letterhead.MunicipalityName) },
        ReturnAddress = InertText.Clean(frame.ReturnAddress),
        RecipientAddress = frame.RecipientAddress.Select(InertText.Clean).ToList(),
        ReferenceFields = frame.ReferenceFields.Select(f => f with { Value = InertText.Clean(f.Value) }).ToList(),
        Salutation = frame.Salutation is null ? null : InertText.Clean(frame.Salutation),
        Footer = frame.Footer with { Text = InertText.Clean(frame.Footer.Text) },
    };
}
