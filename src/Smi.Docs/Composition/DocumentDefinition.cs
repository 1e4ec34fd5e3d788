using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Documents;
using Smi.Docs.Forms;
using Smi.Docs.Localization;
using Smi.Docs.Policy;
using Smi.Docs.Templating;

namespace Smi.Docs.Composition;

/// <summary>
/// One document the engine makes (docs/architecture.md, "Adding a document"): its id (file and API name), the view
/// model its template reads, what it needs from a case, and its own steps of the pipeline — the view model, the date
/// in its metadata and its frame. Three kinds: a <see cref="LetterDefinition"/> is posted to one parent about their
/// case, a <see cref="PrintedFormDefinition"/> is handed out blank or pre-filled, a <see cref="ProfileTextDefinition"/>
/// tells everybody about the municipality's policy. The pipeline calls these steps only after <see cref="CheckCase"/>
/// found nothing, so they may rely on it.
/// </summary>
public abstract class DocumentDefinition(string id, Type viewModelType)
{
    public string Id { get; } = id;

    public Type ViewModelType { get; } = viewModelType;

    /// <summary>What the template library loads and checks for this document.</summary>
    public TemplateDocument Template => new(Id, ViewModelType);

    /// <summary>
    /// The document prints amounts, so the calculate stage runs for it and a case's own <c>berekening</c> is checked
    /// against ours, with differences warned about (SMI5201/5202) — for every such document, not one by name.
    /// </summary>
    public bool PrintsAmounts { get; init; }

    /// <summary>Every problem <paramref name="zaak"/> has for this document (none, or located errors); null is a request without a case.</summary>
    public abstract IReadOnlyList<Diagnostic> CheckCase(SmiCase? zaak, MunicipalityProfile profile);

    /// <summary>
    /// The file, relative to a translation's folder, that this document needs besides its template and the fixed texts
    /// (a catalogue, a form definition) and that the translation lacks; null when it has all.
    /// </summary>
    internal virtual string? LackingFile(LanguagePack pack, FormLibrary forms) => null;

    internal abstract object CreateViewModel(DocumentContext context);

    /// <summary>The date in the document's metadata: from the input, never the clock, so the same input gives the same bytes.</summary>
    internal abstract DateOnly Date(DocumentContext context);

    internal abstract LetterFrame Frame(DocumentContext context, RenderedTemplate rendered);

    private protected static Diagnostic CaseProblem(DiagnosticCode code, string message) =>
        Diagnostic.Error(code, message, new SourceLocation("case"));
}
