using Smi.Docs.Forms;
using Smi.Docs.ViewModels;

namespace Smi.Docs.Composition;

/// <summary>The documents this build can produce. The ids are those of DESIGN §1.</summary>
public static class DocumentDefinitions
{
    /// <summary>Every document id of the model set, including those without a template yet.</summary>
    public static IReadOnlyList<string> ModelDocumentIds { get; } =
        ["aanvraagformulier", "ontbrekende-gegevens", "toekenning", "verlenging", "afwijzing", "publiekstekst"];

    public static IReadOnlyList<DocumentDefinition> All { get; } =
    [
        new("toekenning", typeof(ToekenningViewModel), (zaak, profile) => ToekenningViewModelFactory.Create(zaak, profile)),

        // One definition, two documents: the extension form is the application form filtered to what can change.
        // A separate id (not a flag in the case) so a system can send it with the case of the running grant as is.
        DocumentDefinition.ForForm("aanvraagformulier", "aanvraagformulier", FormVariant.Aanvraag),
        DocumentDefinition.ForForm("aanvraagformulier-verlenging", "aanvraagformulier", FormVariant.Verlenging),
    ];
}
