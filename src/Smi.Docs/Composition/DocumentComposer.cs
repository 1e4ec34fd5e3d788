using Markdig;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Documents;
using Smi.Docs.Formatting;
using Smi.Docs.Policy;
using Smi.Docs.Templating;
using Smi.Docs.ViewModels;

namespace Smi.Docs.Composition;

/// <summary>
/// The front half of the pipeline (DESIGN §2): case + profile → view model → template → Markdown →
/// document model with its letter frame. Built once (templates compiled) and safe to share across threads.
/// </summary>
public sealed class DocumentComposer
{
    private readonly IReadOnlyDictionary<string, TemplateLibrary> _libraries;
    private readonly LogoLoader _logos = new();

    private DocumentComposer(IReadOnlyDictionary<string, TemplateLibrary> libraries)
    {
        _libraries = libraries;
    }

    public IReadOnlyCollection<string> Languages => _libraries.Keys.ToList();

    public IReadOnlyCollection<string> DocumentIds => _libraries["nl"].DocumentIds;

    public static DocumentComposer Create(string templatesDirectory) =>
        new(new Dictionary<string, TemplateLibrary> { ["nl"] = TemplateLibrary.Load(templatesDirectory, "nl") });

    /// <summary>Checks the document id and language before any work is done, so a bad request writes nothing.</summary>
    public void EnsureAvailable(string documentId, string language)
    {
        var diagnostics = new DiagnosticBag();
        if (!_libraries.TryGetValue(language, out var library))
        {
            diagnostics.Error("SMI4001", $"unknown language '{language}'; available: {string.Join(", ", _libraries.Keys)}", new SourceLocation("--lang"));
        }
        else if (!library.DocumentIds.Contains(documentId))
        {
            var known = DocumentDefinitions.ModelDocumentIds.Contains(documentId) ? "has no template yet" : "is unknown";
            diagnostics.Error("SMI4002", $"document '{documentId}' {known}; available: {string.Join(", ", library.DocumentIds)}", new SourceLocation("--doc"));
        }
        diagnostics.ThrowIfErrors();
    }

    public LetterDocument Compose(SmiCase zaak, MunicipalityProfile profile, string documentId, string language)
    {
        EnsureAvailable(documentId, language);
        var definition = DocumentDefinitions.Get(documentId);
        definition.Requirements.Ensure(zaak, profile, documentId);
        var rendered = _libraries[language].Render(documentId, definition.CreateViewModel(zaak, profile));
        var labels = LetterLabels.Dutch;
        var info = new DocumentInfo(
            documentId,
            "nl-NL",
            TextDirection.LeftToRight,
            rendered.Title,
            rendered.Subject,
            "Gemeente " + profile.Gemeente.Naam,
            // Metadata timestamps derive from the decision date, never from the clock: same input, same bytes.
            zaak.Besluitdatum.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        return new LetterDocument(info, InertFrame(Frame(zaak, profile, rendered, labels)), Markdown.Parse(rendered.Markdown, SmiMarkdown.Pipeline));
    }

    /// <summary>The frame shows case and profile values outside the template, so they get the same cleaning.</summary>
    private static LetterFrame InertFrame(LetterFrame frame) => frame with
    {
        Letterhead = frame.Letterhead with
        {
            MunicipalityName = InertText.Clean(frame.Letterhead.MunicipalityName),
            ContactLines = frame.Letterhead.ContactLines.Select(InertText.Clean).ToList(),
        },
        ReturnAddress = InertText.Clean(frame.ReturnAddress),
        RecipientAddress = frame.RecipientAddress.Select(InertText.Clean).ToList(),
        ReferenceFields = frame.ReferenceFields.Select(f => f with { Value = InertText.Clean(f.Value) }).ToList(),
        Salutation = frame.Salutation is null ? null : InertText.Clean(frame.Salutation),
        Footer = frame.Footer with { Text = InertText.Clean(frame.Footer.Text) },
    };

    private LetterFrame Frame(SmiCase zaak, MunicipalityProfile profile, RenderedTemplate rendered, LetterLabels labels)
    {
        var formatter = ValueFormatter.Dutch;
        var gemeente = profile.Gemeente;
        var contactLines = gemeente.Postadres
            .Concat([$"{labels.Phone} {gemeente.Telefoon}", gemeente.Website])
            .ToList();
        var letterhead = new Letterhead("Gemeente " + gemeente.Naam, _logos.Load(gemeente.Logo, string.Format(System.Globalization.CultureInfo.InvariantCulture, labels.LogoAlternativeText, gemeente.Naam)), contactLines);
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
            new(labels.Subject, rendered.Subject),
            new(labels.ContactPerson, zaak.Behandelaar.Naam),
            new(labels.Phone, zaak.Behandelaar.Telefoon),
            new(labels.Email, zaak.Behandelaar.Email),
        };
        return new LetterFrame(
            letterhead,
            string.Join(", ", gemeente.Postadres),
            recipient,
            fields,
            PersonNames.Salutation(zaak.Aanvrager),
            new PageFooter($"{labels.Reference} {zaak.Zaaknummer}", labels.PageBefore, labels.PageBetween));
    }
}
