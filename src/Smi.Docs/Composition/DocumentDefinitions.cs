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
    ];
}
