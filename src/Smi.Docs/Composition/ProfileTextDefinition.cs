using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Documents;
using Smi.Docs.Localization;
using Smi.Docs.Policy;
using Smi.Docs.Templating;

namespace Smi.Docs.Composition;

/// <summary>
/// A text about the municipality's policy for everybody (the publiekstekst): made from the profile alone, so a case
/// is refused — case data is personal and does not belong in a public text. It gets the frame of a blank form:
/// letterhead, no address window, no salutation.
/// </summary>
/// <param name="date">Dates it for the metadata from the profile, never the clock.</param>
/// <param name="footer">The text at the foot of every printed page.</param>
public sealed class ProfileTextDefinition(
    string id,
    Type viewModelType,
    Func<MunicipalityProfile, LanguagePack, object> createViewModel,
    Func<MunicipalityProfile, DateOnly> date,
    Func<MunicipalityProfile, LanguagePack, string> footer)
    : DocumentDefinition(id, viewModelType)
{
    public override IReadOnlyList<Diagnostic> CheckCase(SmiCase? zaak, MunicipalityProfile profile) =>
        zaak is null ? [] : [CaseProblem(OptionCodes.CaseNotTaken, $"document '{Id}' is made from the profile alone; leave out the case file")];

    internal override object CreateViewModel(DocumentContext context) => createViewModel(context.Profile, context.Pack);

    internal override DateOnly Date(DocumentContext context) => date(context.Profile);

    internal override LetterFrame Frame(DocumentContext context, RenderedTemplate rendered) =>
        FormFrames.WithoutRecipient(context.Frames.Letterhead(context.Profile, context.Pack), footer(context.Profile, context.Pack), context.Pack.Labels);
}
