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
        new(
            "toekenning",
            typeof(ToekenningViewModel),
            // Handreiking §4.2: a grant states its period, its reason and who is paid; the amounts come from the
            // case's own berekening or, without one, from the calculator.
            // A case with a verlenging block is an extension: its letter must name the earlier decision, so not this one.
            new([CaseBlock.Periode, CaseBlock.Indicatie, CaseBlock.Betaling], [CaseBlock.Afwijzing, CaseBlock.Verlenging, CaseBlock.Ontbrekend], BetalingProfileRule.Check),
            (zaak, profile, pack) => ToekenningViewModelFactory.Create(zaak, profile, pack))
        {
            PrintsAmounts = true,
        },
        new(
            "verlenging",
            typeof(VerlengingViewModel),
            // An extension is a new grant (DESIGN §5): the same blocks as the toekenning plus the decision it extends.
            new([CaseBlock.Periode, CaseBlock.Indicatie, CaseBlock.Betaling, CaseBlock.Verlenging], [CaseBlock.Afwijzing, CaseBlock.Ontbrekend], (zaak, profile) => BetalingProfileRule.Check(zaak, profile).Concat(VerlengingProfileRule.Check(zaak, profile))),
            (zaak, profile, pack) => VerlengingViewModelFactory.Create(zaak, profile, pack))
        {
            PrintsAmounts = true,
        },
        new(
            "afwijzing",
            typeof(AfwijzingViewModel),
            // A refusal grants nothing: no period, payee or amounts, only its reasons (DESIGN §5).
            new([CaseBlock.Afwijzing], [CaseBlock.Periode, CaseBlock.Betaling, CaseBlock.Berekening], AfwijzingProfileRule.Check),
            (zaak, profile, pack) => AfwijzingViewModelFactory.Create(zaak, profile, pack)),
        new(
            "ontbrekende-gegevens",
            typeof(OntbrekendeGegevensViewModel),
            // Awb 4:5: the hersteltermijn letter names what is missing. It decides nothing yet, so a refusal's
            // reasons or a grant's amounts contradict it; a period or payee may already be known and is ignored.
            new([CaseBlock.Ontbrekend], [CaseBlock.Afwijzing, CaseBlock.Berekening]),
            (zaak, profile, pack) => OntbrekendeGegevensViewModelFactory.Create(zaak, profile, pack)),

        // One definition, two documents: the extension form is the application form filtered to what can change.
        // A separate id (not a flag in the case) so a system can send it with the case of the running grant as is.
        DocumentDefinition.ForForm("aanvraagformulier", "aanvraagformulier", FormVariant.Aanvraag),
        DocumentDefinition.ForForm("aanvraagformulier-verlenging", "aanvraagformulier", FormVariant.Verlenging),

        // The web page and leaflet: about the policy, for everybody, so made from the profile alone. Dated by the
        // worked example's fixed year, never by the clock.
        DocumentDefinition.ForProfile("publiekstekst", typeof(PubliekstekstViewModel), new ProfileBinding(
            PubliekstekstViewModelFactory.Create,
            _ => Rekenvoorbeeld.Peildatum,
            (profile, pack) => pack.Texts.Format("publiekstekst.voettekst", ("gemeente", profile.Gemeente.Naam)))),
    ];

    public static DocumentDefinition Get(string id) => All.Single(d => d.Id == id);
}
