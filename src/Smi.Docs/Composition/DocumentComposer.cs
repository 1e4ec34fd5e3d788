using Markdig;
using Smi.Docs.Catalogues;
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
    private readonly LanguageResources _dutch;
    private readonly IReadOnlyDictionary<string, Lazy<LanguageResources>> _translations;
    private readonly LogoLoader _logos = new();

    private DocumentComposer(LanguageResources dutch, IReadOnlyDictionary<string, Lazy<LanguageResources>> translations)
    {
        _dutch = dutch;
        _translations = translations;
    }

    /// <summary>Dutch and every language with a folder under <c>locales/</c>.</summary>
    public IReadOnlyCollection<string> Languages => [DocumentLanguage.Dutch.Code, .. _translations.Keys];

    public IReadOnlyCollection<string> DocumentIds => _dutch.Templates.DocumentIds;

    /// <param name="localesDirectory">Default: <c>locales/</c> next to <paramref name="templatesDirectory"/>.</param>
    public static DocumentComposer Create(string templatesDirectory, string? localesDirectory = null)
    {
        var texts = FixedTexts.Load(Path.Combine(templatesDirectory, "teksten.yaml"), "templates/teksten.yaml");
        var dutch = new LanguageResources(
            new LanguagePack(DocumentLanguage.Dutch, texts, ValueFormatter.Dutch, AfwijzingsgrondenCatalogus.Standaard, OntbrekendeGegevensCatalogus.Standaard),
            TemplateLibrary.Load(templatesDirectory, "nl"),
            FormLibrary.Load(templatesDirectory, "templates", texts),
            new Dictionary<string, string>());
        localesDirectory ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(templatesDirectory).TrimEnd(Path.DirectorySeparatorChar))!, "locales");
        // A translation is read and checked the first time it is asked for, so a run in Dutch never pays for the others.
        var translations = DocumentLanguage.All
            .Where(l => !l.IsDutch && Directory.Exists(Path.Combine(localesDirectory, l.Code)))
            .ToDictionary(l => l.Code, l => new Lazy<LanguageResources>(() => LanguageResources.LoadTranslation(l, Path.Combine(localesDirectory, l.Code))), StringComparer.Ordinal);
        return new DocumentComposer(dutch, translations);
    }

    /// <summary>The Dutch form definitions this composer prints, for callers that serve or check the form itself.</summary>
    public FormLibrary Forms => _dutch.Forms;

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

    /// <summary>
    /// Checks the document id and language before any work is done, so a bad request writes nothing. A translation
    /// that lacks the document (or a partial, catalogue or form it needs) is an error naming that file, unless
    /// <paramref name="fallbackToDutch"/> allows sending the Dutch document with a notice in the language asked for.
    /// </summary>
    public void EnsureAvailable(string documentId, string language, bool fallbackToDutch = false)
    {
        var diagnostics = new DiagnosticBag();
        if (!_dutch.Templates.DocumentIds.Contains(documentId))
        {
            var known = DocumentDefinitions.ModelDocumentIds.Contains(documentId) ? "has no template yet" : "is unknown";
            diagnostics.Error("SMI4002", $"document '{documentId}' {known}; available: {string.Join(", ", _dutch.Templates.DocumentIds)}", new SourceLocation("--doc"));
        }
        else if (language != DocumentLanguage.Dutch.Code)
        {
            if (!_translations.TryGetValue(language, out var translation))
            {
                diagnostics.Error("SMI4001", $"unknown language '{language}'; available: {string.Join(", ", Languages)}", new SourceLocation("--lang"));
            }
            else if (translation.Value.MissingFile(documentId) is { } missing && !(fallbackToDutch && translation.Value.Pack is not null))
            {
                diagnostics.Error(MissingTranslationCode, translation.Value.Pack is null
                    ? $"no '{language}' translation: {missing} is missing, so not even a notice can be written in '{language}'"
                    : $"no '{language}' translation of '{documentId}': {missing} is missing; add it (locales/README.md) or ask for --fallback nl",
                    SourceLocation.InFile(missing, 1, 1));
            }
        }
        diagnostics.ThrowIfErrors();
    }

    /// <summary>The file a translation lacks for <paramref name="documentId"/>, or null when it has all it needs (or is Dutch).</summary>
    public string? MissingTranslation(string documentId, string language) =>
        _translations.TryGetValue(language, out var translation) ? translation.Value.MissingFile(documentId) : null;

    /// <summary>A translation lacks a file a document needs (exit code 1: the installation, not the request, is incomplete).</summary>
    public const string MissingTranslationCode = "SMI10901";

    /// <summary>The Dutch document was sent instead of a missing translation (a warning: the caller asked for it).</summary>
    public const string FallbackCode = "SMI10902";

    /// <param name="zaak">The case; only a form may go without one, and is then printed blank.</param>
    /// <param name="fallbackToDutch">Send the Dutch document, with a notice in <paramref name="language"/>, when its translation is missing.</param>
    public LetterDocument Compose(SmiCase? zaak, MunicipalityProfile profile, string documentId, string language, bool fallbackToDutch = false)
    {
        EnsureAvailable(documentId, language, fallbackToDutch);
        if (language == DocumentLanguage.Dutch.Code)
        {
            return Compose(zaak, profile, documentId, _dutch, notice: null);
        }
        var translation = _translations[language].Value;
        var pack = translation.Pack!;
        return translation.MissingFile(documentId) is null
            ? Compose(zaak, profile, documentId, translation, Notice(pack, "melding.bindend"))
            : Compose(zaak, profile, documentId, _dutch, Notice(pack, "melding.terugval"));
    }

    /// <summary>
    /// The translation followed by the Dutch original (issue 5 point 5): two documents to be printed as one, the
    /// translation saying that the Dutch text follows and is the official one. Asking for Dutch gives the Dutch alone.
    /// </summary>
    public IReadOnlyList<LetterDocument> ComposeBundle(SmiCase? zaak, MunicipalityProfile profile, string documentId, string language)
    {
        EnsureAvailable(documentId, language);
        var original = Compose(zaak, profile, documentId, _dutch, notice: null);
        if (language == DocumentLanguage.Dutch.Code)
        {
            return [original];
        }
        var translation = _translations[language].Value;
        return [Compose(zaak, profile, documentId, translation, Notice(translation.Pack!, "melding.bindendBundel")), original];
    }

    /// <summary>
    /// The template stage of a letter alone — view model to Markdown to Markdig tree — for the benchmark: the case is
    /// checked and the view model built once here, so the returned action measures only what a template costs.
    /// </summary>
    public Action TemplateStage(SmiCase zaak, MunicipalityProfile profile, string documentId, string language)
    {
        EnsureAvailable(documentId, language);
        var resources = language == DocumentLanguage.Dutch.Code ? _dutch : _translations[language].Value;
        var definition = DocumentDefinitions.Get(documentId);
        if (definition.Form is not null || definition.Profile is not null)
        {
            throw new SmiDocsException(Diagnostic.Error("SMI4005", $"the template stage is measured for letters; '{documentId}' is not one", new SourceLocation("--doc")));
        }
        definition.Requirements.Ensure(zaak, profile, documentId);
        var viewModel = definition.CreateViewModel(zaak, profile, resources.Pack!);
        return () => Markdown.Parse(resources.Templates.Render(documentId, viewModel).Markdown, SmiMarkdown.Pipeline);
    }

    private static FrameNotice Notice(LanguagePack pack, string key) =>
        new(pack.Texts[key], pack.Language.Tag, pack.Language.Direction);

    private LetterDocument Compose(SmiCase? zaak, MunicipalityProfile profile, string documentId, LanguageResources resources, FrameNotice? notice)
    {
        var definition = DocumentDefinitions.Get(documentId);
        var document = definition switch
        {
            { Form: { } binding } => ComposeForm(zaak, profile, documentId, resources, binding),
            { Profile: { } profileBinding } => ComposeFromProfile(zaak, profile, documentId, resources, profileBinding),
            _ => ComposeLetter(zaak ?? throw NeedsCase(documentId), profile, documentId, resources, definition),
        };
        return document with { Frame = document.Frame with { Notice = notice } };
    }

    private LetterDocument ComposeLetter(SmiCase zaak, MunicipalityProfile profile, string documentId, LanguageResources resources, DocumentDefinition definition)
    {
        definition.Requirements.Ensure(zaak, profile, documentId);
        var pack = resources.Pack!;
        var rendered = resources.Templates.Render(documentId, definition.CreateViewModel(zaak, profile, pack));
        var info = Info(documentId, rendered, profile, pack.Language,
            // Metadata timestamps derive from the decision date, never from the clock: same input, same bytes.
            zaak.Besluitdatum);
        return new LetterDocument(info, InertFrame(Frame(zaak, profile, rendered, pack)), Markdown.Parse(rendered.Markdown, SmiMarkdown.Pipeline));
    }

    private LetterDocument ComposeForm(SmiCase? zaak, MunicipalityProfile profile, string documentId, LanguageResources resources, FormBinding binding)
    {
        var pack = resources.Pack!;
        var form = resources.Forms.Get(binding.FormId);
        var rendered = resources.Templates.Render(documentId, FormulierViewModelFactory.Create(form, binding.Variant, zaak, profile, pack));
        // A pre-filled form is dated by the day it is sent; a blank one by the definition's version.
        var info = Info(documentId, rendered, profile, pack.Language, zaak?.Verzenddatum ?? form.Versie);
        var frame = FormFrames.Create(BuildLetterhead(profile, pack), zaak, form, pack);
        return new LetterDocument(info, InertFrame(frame), Markdown.Parse(rendered.Markdown, SmiMarkdown.Pipeline));
    }

    /// <summary>A profile-only document gets the frame of a blank form: letterhead, no address window, no salutation.</summary>
    private LetterDocument ComposeFromProfile(SmiCase? zaak, MunicipalityProfile profile, string documentId, LanguageResources resources, ProfileBinding binding)
    {
        EnsureCaseIfNeeded(zaak, documentId);
        var pack = resources.Pack!;
        var rendered = resources.Templates.Render(documentId, binding.CreateViewModel(profile, pack));
        var info = Info(documentId, rendered, profile, pack.Language, binding.Date(profile));
        var frame = FormFrames.WithoutRecipient(BuildLetterhead(profile, pack), binding.Footer(profile, pack), pack.Labels);
        return new LetterDocument(info, InertFrame(frame), Markdown.Parse(rendered.Markdown, SmiMarkdown.Pipeline));
    }

    private static DocumentInfo Info(string documentId, RenderedTemplate rendered, MunicipalityProfile profile, DocumentLanguage language, DateOnly date) => new(
        documentId,
        language.Tag,
        language.Direction,
        rendered.Title,
        rendered.Subject,
        "Gemeente " + profile.Gemeente.Naam,
        date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

    /// <summary>
    /// The frame shows case and profile values outside the template, so they get the same cleaning (the letterhead's
    /// lines are cleaned where they are built). Renderers isolate the values in a right-to-left letter (FrameField).
    /// </summary>
    private static LetterFrame InertFrame(LetterFrame frame) => frame with
    {
        Letterhead = frame.Letterhead with { MunicipalityName = InertText.Clean(frame.Letterhead.MunicipalityName) },
        ReturnAddress = InertText.Clean(frame.ReturnAddress),
        RecipientAddress = frame.RecipientAddress.Select(InertText.Clean).ToList(),
        ReferenceFields = frame.ReferenceFields.Select(f => f with { Value = InertText.Clean(f.Value) }).ToList(),
        Salutation = frame.Salutation is null ? null : InertText.Clean(frame.Salutation),
        Footer = frame.Footer with { Text = InertText.Clean(frame.Footer.Text) },
    };

    /// <summary>The municipality's name stays Dutch in every language: it is the name on its door and in its logo.</summary>
    private Letterhead BuildLetterhead(MunicipalityProfile profile, LanguagePack pack)
    {
        var labels = pack.Labels;
        var gemeente = profile.Gemeente;
        var contactLines = gemeente.Postadres.Select(line => new ContactLine(InertText.Clean(line)))
            .Concat([new ContactLine(labels.Phone, InertText.Clean(gemeente.Telefoon)), new ContactLine(InertText.Clean(gemeente.Website))])
            .ToList();
        return new Letterhead("Gemeente " + gemeente.Naam, _logos.Load(gemeente.Logo, pack.Texts.Format("kader.logo", ("gemeente", gemeente.Naam))), contactLines);
    }

    private LetterFrame Frame(SmiCase zaak, MunicipalityProfile profile, RenderedTemplate rendered, LanguagePack pack)
    {
        var labels = pack.Labels;
        var formatter = pack.Formatter;
        var gemeente = profile.Gemeente;
        var letterhead = BuildLetterhead(profile, pack);
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
            PersonNames.Salutation(zaak.Aanvrager, pack.Texts),
            new PageFooter($"{labels.Reference} {zaak.Zaaknummer}", labels.PageBefore, labels.PageBetween, labels.PageAfter));
    }
}
