using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Documents;
using Smi.Docs.Forms;
using Smi.Docs.Localization;
using Smi.Docs.Policy;
using Smi.Docs.Templating;
using Smi.Docs.ViewModels;

namespace Smi.Docs.Composition;

/// <summary>
/// A form printed from its definition (<c>templates/&lt;form&gt;/&lt;form&gt;.form.yaml</c>) in one
/// <see cref="FormVariant"/>: blank without a case, pre-filled with one. It takes whatever case it is given, so it
/// requires no block of it; its frame has no address window or salutation, because a form is handed out, not posted.
/// </summary>
public sealed class PrintedFormDefinition(string id, string formId, FormVariant variant)
    : DocumentDefinition(id, typeof(FormulierViewModel))
{
    public string FormId => formId;

    public FormVariant Variant => variant;

    public override IReadOnlyList<Diagnostic> CheckCase(SmiCase? zaak, MunicipalityProfile profile) => [];

    internal override string? LackingFile(LanguagePack pack, FormLibrary forms) =>
        forms.Contains(formId) ? null : $"{formId}/{formId}.form.yaml";

    internal override object CreateViewModel(DocumentContext context) =>
        FormulierViewModelFactory.Create(context.Forms.Get(formId), variant, context.Case, context.Profile, context.Pack);

    /// <summary>A pre-filled form is dated by the day it is sent; a blank one by the definition's version.</summary>
    internal override DateOnly Date(DocumentContext context) => context.Case?.Verzenddatum ?? context.Forms.Get(formId).Versie;

    internal override LetterFrame Frame(DocumentContext context, RenderedTemplate rendered) =>
        FormFrames.Create(context.Frames.Letterhead(context.Profile, context.Pack), context.Case, context.Forms.Get(formId), context.Pack);
}
