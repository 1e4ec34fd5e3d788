using Markdig;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Documents;
using Smi.Docs.Formatting;
using Smi.Docs.Forms;
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
    private readonly FormLibrary _forms;
    private readonly LogoLoader _logos = new();

    private DocumentComposer(IReadOnlyDictionary<string, TemplateLibrary> libraries, FormLibrary forms)
    {
        _libraries = libraries;
        _forms = forms;
    }

    public IReadOnlyCollection<string> Languages => _libraries.Keys.ToList();

    public IReadOnlyCollection<string> DocumentIds => _libraries["nl"].DocumentIds;

    public static DocumentComposer Create(string templatesDirectory) =>
        new(new Dictionary<string, TemplateLibrary> { ["nl"] = TemplateLibrary.Load(templatesDirectory, "nl") }, FormLibrary.Load(templatesDirectory));

    /// <summary>The form definitions this composer prints, for callers that serve or check the form itself.</summary>
    public FormLibrary Forms => _forms;

    /// <summary>
    /// Only a form (printed blank) or a profile-only document can be composed without a case, and a profile-only
    /// document takes none: it is public, so a case's personal data must not reach it. Checked before any work is done.
    /// </summary>
    public static void EnsureCaseIfNeeded(SmiCase? zaak, string documentId)
    {
        var definition = DocumentDefinitions.All.SingleOrDefault(d => d.Id == documentId);
        if (zaak is null && definition is { CanGoWithoutCase: false })
        {
            throw NeedsCase(documentId);
        }
        if (zaak is not null && definition is { Profile: not null })
        {
            throw TakesNoCase(documentId);
        }
    }

    private static SmiDocsException TakesNoCase(string documentId) =>
        new(Diagnostic.Error("SMI4007", $"document '{documentId}' is made from the profile alone; leave out the case file", new SourceLocation("case")));

    private static SmiDocsException NeedsCase(string documentId) =>
        new(Diagnostic.Error("SMI4006", $"document '{documentId}' needs a case file; only a form can be printed blank", new SourceLocation("case")));

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

    /// <param name="zaak">The case; only a form may go without one, and is then printed blank.</param>
    public LetterDocument Compose(SmiCase? zaak, MunicipalityProfile profile, string documentId, string language)
    {
        EnsureAvailable(documentId, language);
        var definition = DocumentDefinitions.Get(documentId);
        if (definition.Form is { } binding)
        {
            return ComposeForm(zaak, profile, documentId, language, binding);
        }
        if (definition.Profile is { } profileBinding)
        {
            EnsureCaseIfNeeded(zaak, documentId);
            return ComposeFromProfile(profile, documentId, language, profileBinding);
        }
        var known = zaak ?? throw NeedsCase(documentId);
        definition.Requirements.Ensure(known, profile, documentId);
        var rendered = _libraries[language].Render(documentId, definition.CreateViewModel(known, profile));
        var labels = LetterLabels.Dutch;
        var info = Info(documentId, rendered, profile,
            // Metadata timestamps derive from the decision date, never from the clock: same input, same bytes.
            known.Besluitdatum);
        return new LetterDocument(info, InertFrame(Frame(known, profile, rendered, labels)), Markdown.Parse(rendered.Markdown, SmiMarkdown.Pipeline));
    }

    private LetterDocument ComposeForm(SmiCase? zaak, MunicipalityProfile profile, string documentId, string language, FormBinding binding)
    {
        var form = _forms.Get(binding.FormId);
        var rendered = _libraries[language].Render(documentId, FormulierViewModelFactory.Create(form, binding.Variant, zaak, profile));
        // A pre-filled form is dated by the day it is sent; a blank one by the definition's version.
        var info = Info(documentId, rendered, profile, zaak?.Verzenddatum ?? form.Versie);
        var frame = FormFrames.Create(BuildLetterhead(profile, LetterLabels.Dutch), zaak, form, LetterLabels.Dutch);
        return new LetterDocument(info, InertFrame(frame), Markdown.Parse(rendered.Markdown, SmiMarkdown.Pipeline));
    }

    /// <summary>A profile-only document gets the frame of a blank form: letterhead, no address window, no salutation.</summary>
    private LetterDocument ComposeFromProfile(MunicipalityProfile profile, string documentId, string language, ProfileBinding binding)
    {
        var rendered = _libraries[language].Render(documentId, binding.CreateViewModel(profile));
        var info = Info(documentId, rendered, profile, binding.Date(profile));
        var frame = FormFrames.WithoutRecipient(BuildLetterhead(profile, LetterLabels.Dutch), binding.Footer(profile), LetterLabels.Dutch);
        return new LetterDocument(info, InertFrame(frame), Markdown.Parse(rendered.Markdown, SmiMarkdown.Pipeline));
    }

    private static DocumentInfo Info(string documentId, RenderedTemplate rendered, MunicipalityProfile profile, DateOnly date) => new(
        documentId,
        "nl-NL",
        TextDirection.LeftToRight,
        rendered.Title,
        rendered.Subject,
        "Gemeente " + profile.Gemeente.Naam,
        date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

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

    private Letterhead BuildLetterhead(MunicipalityProfile profile, LetterLabels labels)
    {
        var gemeente = profile.Gemeente;
        var contactLines = gemeente.Postadres
            .Concat([$"{labels.Phone} {gemeente.Telefoon}", gemeente.Website])
            .ToList();
        return new Letterhead("Gemeente " + gemeente.Naam, _logos.Load(gemeente.Logo, string.Format(System.Globalization.CultureInfo.InvariantCulture, labels.LogoAlternativeText, gemeente.Naam)), contactLines);
    }

    private LetterFrame Frame(SmiCase zaak, MunicipalityProfile profile, RenderedTemplate rendered, LetterLabels labels)
    {
        var formatter = ValueFormatter.Dutch;
        var gemeente = profile.Gemeente;
        var letterhead = BuildLetterhead(profile, labels);
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
