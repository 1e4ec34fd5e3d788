using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;
using Smi.Docs.Forms;
using Smi.Docs.Templating;
using Smi.Docs.ViewModels;

namespace Smi.Docs.Composition;

/// <summary>The documents this build can produce. The ids are those of docs/architecture.md §4.</summary>
public static class DocumentDefinitions
{
    public static IReadOnlyList<DocumentDefinition> All { get; } =
    [
        new LetterDefinition(
            "toekenning",
            typeof(ToekenningViewModel),
            // Handreiking §4.2: a grant states its period, its reason and who is paid; the amounts come from the
            // case's own berekening or, without one, from the calculator.
            // A case with a verlenging block is an extension: its letter must name the earlier decision, so not this one.
            // A child's own afwijzing makes the grant partial; its reasons rest on the profile's articles like a refusal's.
            new([CaseBlock.Periode, CaseBlock.Indicatie, CaseBlock.Betaling], [CaseBlock.Afwijzing, CaseBlock.Verlenging, CaseBlock.Ontbrekend, CaseBlock.NietInBehandeling], GrantRules),
            (zaak, profile, pack, berekening) => ToekenningViewModelFactory.Create(zaak, profile, pack, berekening!))
        {
            PrintsAmounts = true,
            // A child's own afwijzing (a partial decision) is stated with the catalogue's reasons.
            Catalogue = LetterCatalogue.Afwijzingsgronden,
        },
        new LetterDefinition(
            "verlenging",
            typeof(VerlengingViewModel),
            // An extension is a new grant (docs/architecture.md §4): the same blocks as the toekenning plus the decision it extends.
            new([CaseBlock.Periode, CaseBlock.Indicatie, CaseBlock.Betaling, CaseBlock.Verlenging], [CaseBlock.Afwijzing, CaseBlock.Ontbrekend, CaseBlock.NietInBehandeling], (zaak, profile) => GrantRules(zaak, profile).Concat(VerlengingProfileRule.Check(zaak, profile))),
            (zaak, profile, pack, berekening) => VerlengingViewModelFactory.Create(zaak, profile, pack, berekening!))
        {
            PrintsAmounts = true,
            // A child's own afwijzing (a partial decision) is stated with the catalogue's reasons.
            Catalogue = LetterCatalogue.Afwijzingsgronden,
        },
        new LetterDefinition(
            "afwijzing",
            typeof(AfwijzingViewModel),
            // A refusal grants nothing: no period, payee or amounts, only its reasons (docs/architecture.md §4).
            new([CaseBlock.Afwijzing], [CaseBlock.Periode, CaseBlock.Betaling, CaseBlock.Berekening, CaseBlock.NietInBehandeling], (zaak, profile) => AfwijzingProfileRule.Check(zaak, profile).Concat(AfwijzingProfileRule.GeenKindAfwijzing(zaak, "afwijzing"))),
            (zaak, profile, pack, _) => AfwijzingViewModelFactory.Create(zaak, profile, pack))
        {
            Catalogue = LetterCatalogue.Afwijzingsgronden,
        },
        new LetterDefinition(
            "ontbrekende-gegevens",
            typeof(OntbrekendeGegevensViewModel),
            // Awb 4:5: the hersteltermijn letter names what is missing. It decides nothing yet, so a refusal's
            // reasons or a grant's amounts contradict it; a period or payee may already be known and is ignored.
            new([CaseBlock.Ontbrekend], [CaseBlock.Afwijzing, CaseBlock.Berekening, CaseBlock.NietInBehandeling], (zaak, _) => AfwijzingProfileRule.GeenKindAfwijzing(zaak, "ontbrekende-gegevens")),
            (zaak, profile, pack, _) => OntbrekendeGegevensViewModelFactory.Create(zaak, profile, pack))
        {
            Catalogue = LetterCatalogue.OntbrekendeGegevens,
        },
        new LetterDefinition(
            "niet-in-behandeling",
            typeof(NietInBehandelingViewModel),
            // Awb 4:5 lid 1: the decision not to process an application still incomplete after the hersteltermijn. It
            // names the letter that gave the term and what still lacks; it decides nothing on the merits, so no period,
            // payee, amounts or reasons of a refusal.
            new([CaseBlock.Ontbrekend, CaseBlock.NietInBehandeling], [CaseBlock.Afwijzing, CaseBlock.Periode, CaseBlock.Betaling, CaseBlock.Berekening, CaseBlock.Verlenging], (zaak, profile) => AfwijzingProfileRule.GeenKindAfwijzing(zaak, "niet-in-behandeling").Concat(NietInBehandelingProfileRule.Check(zaak, profile))),
            (zaak, profile, pack, _) => NietInBehandelingViewModelFactory.Create(zaak, profile, pack))
        {
            Catalogue = LetterCatalogue.OntbrekendeGegevens,
        },

        // One definition, two documents: the extension form is the application form filtered to what can change.
        // A separate id (not a flag in the case) so a system can send it with the case of the running grant as is.
        new PrintedFormDefinition("aanvraagformulier", "aanvraagformulier", FormVariant.Aanvraag),
        new PrintedFormDefinition("aanvraagformulier-verlenging", "aanvraagformulier", FormVariant.Verlenging),

        // The web page and leaflet: about the policy, for everybody, so made from the profile alone. Dated by the
        // worked example's fixed year, never by the clock.
        new ProfileTextDefinition(
            "publiekstekst",
            typeof(PubliekstekstViewModel),
            PubliekstekstViewModelFactory.Create,
            _ => Rekenvoorbeeld.Peildatum,
            (profile, pack) => pack.Texts.Format("publiekstekst.voettekst", ("gemeente", profile.Gemeente.Naam))),
    ];

    /// <summary>What the template libraries load: one template per document.</summary>
    public static IReadOnlyList<TemplateDocument> Templates { get; } = All.Select(d => d.Template).ToList();

    /// <summary>The form definitions the printed forms need.</summary>
    public static IReadOnlyList<string> FormIds { get; } = All.OfType<PrintedFormDefinition>().Select(f => f.FormId).Distinct().ToList();

    public static DocumentDefinition? Find(string id) => All.SingleOrDefault(d => d.Id == id);

    public static DocumentDefinition Get(string id) => Find(id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "no such document");

    /// <summary>What every grant — first or extension — must fit in the municipality's policy; a child's own refusal in it rests on the profile's articles like a refusal's.</summary>
    private static IEnumerable<(DiagnosticCode Code, string Path, string Message)> GrantRules(SmiCase zaak, MunicipalityProfile profile) =>
        BetalingProfileRule.Check(zaak, profile)
            .Concat(IndicatieProfileRule.Check(zaak, profile))
            .Concat(InkomenProfileRule.Check(zaak, profile))
            .Concat(AfwijzingProfileRule.Check(zaak, profile));
}
