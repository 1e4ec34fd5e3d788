using Markdig;
using Smi.Docs.Calculation;
using Smi.Docs.Calculation.Tables;
using Smi.Docs.Cases;
using Smi.Docs.Catalogues;
using Smi.Docs.Diagnostics;
using Smi.Docs.Documents;
using Smi.Docs.Formatting;
using Smi.Docs.Forms;
using Smi.Docs.Localization;
using Smi.Docs.Policy;
using Smi.Docs.Templating;

namespace Smi.Docs.Composition;

/// <summary>
/// The front half of the pipeline (docs/architecture.md): validate → calculate → view model → template → document
/// model. A request is checked once, as a whole (<see cref="Plan"/>); then the calculate stage runs for a document
/// that prints amounts, and the document's definition builds its view model and frame. Built once (templates
/// parsed and checked) and safe to share across threads.
/// </summary>
public sealed class DocumentComposer
{
    private readonly LanguageResources _dutch;
    private readonly IReadOnlyDictionary<string, Lazy<LanguageResources>> _translations;
    private readonly TariefTabellen _tabellen;
    private readonly LetterFrames _frames = new();

    private DocumentComposer(LanguageResources dutch, IReadOnlyDictionary<string, Lazy<LanguageResources>> translations, TariefTabellen tabellen)
    {
        _dutch = dutch;
        _translations = translations;
        _tabellen = tabellen;
    }

    /// <summary>Dutch and every language with a folder under <c>locales/</c>.</summary>
    public IReadOnlyCollection<string> Languages => [DocumentLanguage.Dutch.Code, .. _translations.Keys];

    public IReadOnlyCollection<string> DocumentIds => _dutch.Templates.DocumentIds;

    /// <summary>The Dutch form definitions this composer prints, for callers that serve or check the form itself.</summary>
    public FormLibrary Forms => _dutch.Forms;

    /// <param name="localesDirectory">Default: <c>locales/</c> next to <paramref name="templatesDirectory"/>.</param>
    /// <param name="tabellen">The tariff tables of the calculate stage; default the bundled ones.</param>
    public static DocumentComposer Create(string templatesDirectory, string? localesDirectory = null, TariefTabellen? tabellen = null)
    {
        var texts = FixedTexts.Load(Path.Combine(templatesDirectory, "teksten.yaml"), "templates/teksten.yaml");
        var dutch = new LanguageResources(
            new LanguagePack(DocumentLanguage.Dutch, texts, ValueFormatter.Dutch, AfwijzingsgrondenCatalogus.Standaard, OntbrekendeGegevensCatalogus.Standaard),
            TemplateLibrary.Load(templatesDirectory, DocumentDefinitions.Templates, "nl"),
            FormLibrary.Load(templatesDirectory, DocumentDefinitions.FormIds, "templates", texts),
            new Dictionary<string, string>());
        localesDirectory ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(templatesDirectory).TrimEnd(Path.DirectorySeparatorChar))!, "locales");
        // A translation is read and checked the first time it is asked for, so a run in Dutch never pays for the others.
        var translations = DocumentLanguage.All
            .Where(l => !l.IsDutch && Directory.Exists(Path.Combine(localesDirectory, l.Code)))
            .ToDictionary(l => l.Code, l => new Lazy<LanguageResources>(() => LanguageResources.LoadTranslation(l, Path.Combine(localesDirectory, l.Code))), StringComparer.Ordinal);
        return new DocumentComposer(dutch, translations, tabellen ?? TariefTabellen.Standaard);
    }

    /// <summary>The file a translation lacks for <paramref name="documentId"/>, or null when it has all it needs (or is Dutch).</summary>
    public string? MissingTranslation(string documentId, string language) =>
        _translations.TryGetValue(language, out var translation) ? translation.Value.MissingFile(documentId) : null;

    /// <summary>
    /// Every stage of the front half for one request: checked once, calculated when the document prints amounts, then
    /// composed — one part, or a translation followed by its Dutch original when <see cref="DocumentRequest.Bundle"/>.
    /// </summary>
    /// <exception cref="SmiDocsException">The request has errors (every one of them); nothing was composed.</exception>
    public ComposedDocument Compose(DocumentRequest request) => Compose(Plan(request));

    /// <summary>The stages after the check: calculate, then view model → template → document model per part.</summary>
    internal ComposedDocument Compose(DocumentPlan plan)
    {
        var calculation = Calculate(plan);
        var parts = plan.Parts.Select(part => Compose(plan, part, calculation)).ToList();
        return new ComposedDocument(plan.FileStem, parts, [.. plan.Warnings, .. calculation?.Warnings ?? []]);
    }

    /// <summary>One document in one language; the warnings are left out (tests and previews read the document).</summary>
    /// <param name="zaak">The case; only a form may go without one, and is then printed blank.</param>
    /// <param name="fallbackToDutch">Send the Dutch document, with a notice in <paramref name="language"/>, when its translation is missing.</param>
    public LetterDocument Compose(SmiCase? zaak, MunicipalityProfile profile, string documentId, string language, bool fallbackToDutch = false) =>
        Compose(new DocumentRequest(zaak, profile, documentId, ParseLanguage(language)) { FallbackToDutch = fallbackToDutch }).Parts[0];

    /// <summary>
    /// The translation followed by the Dutch original (issue 5 point 5): two documents to be printed as one, the
    /// translation saying that the Dutch text follows and is the official one. Asking for Dutch gives the Dutch alone.
    /// </summary>
    public IReadOnlyList<LetterDocument> ComposeBundle(SmiCase? zaak, MunicipalityProfile profile, string documentId, string language) =>
        Compose(new DocumentRequest(zaak, profile, documentId, ParseLanguage(language)) { Bundle = true }).Parts;

    /// <summary>
    /// The template stage of a letter alone — view model to Markdown to Markdig tree — for the benchmark: the request
    /// is checked, calculated and its view model built once here, so the returned action measures only what a template costs.
    /// </summary>
    public Action TemplateStage(DocumentRequest request)
    {
        var plan = Plan(request);
        if (plan.Definition is not LetterDefinition)
        {
            throw new SmiDocsException(Diagnostic.Error(OptionCodes.OptionsDoNotFit, $"the template stage is measured for letters; '{request.DocumentId}' is not one", new SourceLocation("--doc")));
        }
        var part = plan.Parts[0];
        var viewModel = plan.Definition.CreateViewModel(Context(plan, part, Calculate(plan)));
        return () => Markdown.Parse(part.Resources.Templates.Render(request.DocumentId, viewModel).Markdown, SmiMarkdown.Pipeline);
    }

    /// <summary>A language code as the caller gave it (<c>--lang</c>, an API field): a language Smi.Docs writes, or SMI4001.</summary>
    public static DocumentLanguage ParseLanguage(string code) =>
        DocumentLanguage.Find(code) ?? throw new SmiDocsException(UnknownLanguage(code, DocumentLanguage.All.Select(l => l.Code)));

    private static Diagnostic UnknownLanguage(string code, IEnumerable<string> available) =>
        Diagnostic.Error(OptionCodes.UnknownLanguage, $"unknown language '{code}'; available: {string.Join(", ", available)}", new SourceLocation("--lang"));

    /// <summary>
    /// The validate stage: the document id, the language (a translation lacking the document or a partial, catalogue or
    /// form it needs is an error naming that file, unless the request allows falling back to Dutch with a notice in the
    /// language asked for), and the case against the document's own rules — all at once, before any work is done.
    /// </summary>
    internal DocumentPlan Plan(DocumentRequest request)
    {
        var diagnostics = new DiagnosticBag();
        var warnings = new List<Diagnostic>();
        var (documentId, language) = (request.DocumentId, request.Language);
        var definition = DocumentDefinitions.Find(documentId);
        IReadOnlyList<DocumentPart> parts = [];
        if (definition is null || !_dutch.Templates.DocumentIds.Contains(documentId))
        {
            var known = definition is not null ? "has no template yet" : "is unknown";
            diagnostics.Error(OptionCodes.UnknownDocument, $"document '{documentId}' {known}; available: {string.Join(", ", _dutch.Templates.DocumentIds)}", new SourceLocation("--doc"));
        }
        else if (language.IsDutch)
        {
            parts = [new DocumentPart(_dutch, null)];
        }
        else if (!_translations.TryGetValue(language.Code, out var lazy))
        {
            diagnostics.Add(UnknownLanguage(language.Code, Languages));
        }
        else
        {
            var translation = lazy.Value;
            var missing = translation.MissingFile(documentId);
            var fallback = request.FallbackToDutch && !request.Bundle && translation.Pack is not null;
            if (missing is null)
            {
                parts = request.Bundle
                    ? [new DocumentPart(translation, Notice(translation.Pack!, "melding.bindendBundel")), new DocumentPart(_dutch, null)]
                    : [new DocumentPart(translation, Notice(translation.Pack!, "melding.bindend"))];
            }
            else if (fallback)
            {
                parts = [new DocumentPart(_dutch, Notice(translation.Pack!, "melding.terugval"))];
                warnings.Add(Diagnostic.Warning(LocalizationCodes.Fallback,
                    $"no '{language.Code}' translation of '{documentId}' ({missing} is missing): wrote the Dutch document with a notice in '{language.Code}' (--fallback nl)",
                    SourceLocation.InFile(missing, 1, 1)));
            }
            else
            {
                diagnostics.Error(LocalizationCodes.MissingTranslation, translation.Pack is null
                    ? $"no '{language.Code}' translation: {missing} is missing, so not even a notice can be written in '{language.Code}'"
                    : $"no '{language.Code}' translation of '{documentId}': {missing} is missing; add it (locales/README.md) or ask for --fallback nl",
                    SourceLocation.InFile(missing, 1, 1));
            }
        }
        if (definition is not null)
        {
            diagnostics.AddRange(definition.CheckCase(request.Case, request.Profile));
        }
        diagnostics.ThrowIfErrors();
        var stem = parts.Count > 1 ? $"{documentId}.{language.Code}+nl" : $"{documentId}.{language.Code}";
        return new DocumentPlan(request, definition!, parts, stem, warnings);
    }

    /// <summary>The calculate stage: for a document that prints amounts, ours and the check of the case's own (SMI52xx).</summary>
    internal CaseCalculation? Calculate(DocumentPlan plan) =>
        plan.Definition.PrintsAmounts && plan.Request.Case is { } zaak
            ? CaseCalculation.Make(zaak, plan.Request.Profile.Beleid, _tabellen)
            : null;

    private static FrameNotice Notice(LanguagePack pack, string key) =>
        new(pack.Texts[key], pack.Language.Tag, pack.Language.Direction);

    private DocumentContext Context(DocumentPlan plan, DocumentPart part, CaseCalculation? calculation) =>
        new(plan.Request.Case, plan.Request.Profile, part.Resources.Pack!, part.Resources.Forms, calculation, _frames);

    /// <summary>View model → template → document model, the same for every kind of document.</summary>
    private LetterDocument Compose(DocumentPlan plan, DocumentPart part, CaseCalculation? calculation)
    {
        var definition = plan.Definition;
        var context = Context(plan, part, calculation);
        var language = context.Pack.Language;
        var rendered = part.Resources.Templates.Render(definition.Id, definition.CreateViewModel(context));
        var info = new DocumentInfo(
            definition.Id,
            language.Tag,
            language.Direction,
            rendered.Title,
            rendered.Subject,
            "Gemeente " + plan.Request.Profile.Gemeente.Naam,
            definition.Date(context).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var frame = LetterFrames.Inert(definition.Frame(context, rendered)) with { Notice = part.Notice };
        return new LetterDocument(info, frame, Markdown.Parse(rendered.Markdown, SmiMarkdown.Pipeline));
    }
}
