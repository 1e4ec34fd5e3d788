using Smi.Docs.Calculation;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Documents;
using Smi.Docs.Forms;
using Smi.Docs.Localization;
using Smi.Docs.Policy;
using Smi.Docs.Templating;

namespace Smi.Docs.Composition;

/// <summary>
/// A letter posted to one parent about their case (a decision or the Awb 4:5 letter): it needs a case that meets its
/// <see cref="Requirements"/>, is dated by the decision and gets the full letter frame — address window, reference
/// fields and salutation.
/// </summary>
/// <param name="createViewModel">Builds the view model from a checked case; receives the calculate stage's result
/// when the letter <see cref="DocumentDefinition.PrintsAmounts"/>, null otherwise.</param>
public sealed class LetterDefinition(
    string id,
    Type viewModelType,
    DocumentRequirements requirements,
    Func<SmiCase, MunicipalityProfile, LanguagePack, CaseCalculation?, object> createViewModel)
    : DocumentDefinition(id, viewModelType)
{
    public DocumentRequirements Requirements => requirements;

    /// <summary>A catalogue the letter lists from, which a translation must have too.</summary>
    public LetterCatalogue Catalogue { get; init; }

    public override IReadOnlyList<Diagnostic> CheckCase(SmiCase? zaak, MunicipalityProfile profile) =>
        zaak is null
            ? [CaseProblem(OptionCodes.CaseRequired, $"document '{Id}' needs a case file; only a form can be printed blank")]
            : requirements.Check(zaak, profile, Id);

    internal override string? LackingFile(LanguagePack pack, FormLibrary forms) => Catalogue switch
    {
        LetterCatalogue.Afwijzingsgronden when pack.Afwijzingsgronden is null => "catalogi/afwijzingsgronden.yaml",
        LetterCatalogue.OntbrekendeGegevens when pack.OntbrekendeGegevens is null => "catalogi/ontbrekende-gegevens.yaml",
        _ => null,
    };

    internal override object CreateViewModel(DocumentContext context) =>
        createViewModel(context.RequiredCase, context.Profile, context.Pack, context.Calculation);

    internal override DateOnly Date(DocumentContext context) => context.RequiredCase.Besluitdatum;

    internal override LetterFrame Frame(DocumentContext context, RenderedTemplate rendered) =>
        context.Frames.Letter(context.RequiredCase, context.Profile, rendered.Subject, context.Pack);
}
