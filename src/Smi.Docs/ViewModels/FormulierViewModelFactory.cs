using Smi.Docs.Cases;
using Smi.Docs.Forms;
using Smi.Docs.Policy;

namespace Smi.Docs.ViewModels;

/// <summary>
/// Lays a form definition out for print in one variant, with the municipality's details from the profile and,
/// when a case is given, the answers the municipality already knows (<see cref="FormPrefill"/>).
/// </summary>
internal sealed class FormulierViewModelFactory(FormDefinition form, FormVariant variant, SmiCase? zaak, MunicipalityProfile profile, Localization.LanguagePack pack)
{
    // Ballot boxes, not form controls: a printed form is filled in by pen (U+2610 empty, U+2612 crossed).
    private const string Empty = "\u2610";
    private const string Ticked = "\u2612";

    // An em space keeps the answers of a choice apart in every format (ordinary spaces collapse in HTML); a
    // no-break space keeps each box with its answer when the line wraps.
    private const string Gap = "\u2003";
    private const string BoxSpace = "\u00A0";

    public static FormulierViewModel Create(FormDefinition form, FormVariant variant, SmiCase? zaak, MunicipalityProfile profile, Localization.LanguagePack pack) =>
        new FormulierViewModelFactory(form, variant, zaak, profile, pack).Create();

    private FormulierViewModel Create() => new(
        Text(form.TitleOf(variant)),
        FormVariants.Introduction(form, variant).Select(Text).ToList(),
        FormVariants.Sections(form, variant).Select(Section).ToList());

    private FormSectieView Section(FormSection section)
    {
        var blocks = Blocks(null, FormVariants.Fields(section.Velden, variant), kind: null).ToList();
        if (section.PerKind is { } repeat)
        {
            var fields = FormVariants.Fields(repeat.Velden, variant);
            var children = zaak?.Kinderen.Select(k => (Kind?)k).ToList() ?? Enumerable.Repeat<Kind?>(null, repeat.LeegAantal).ToList();
            for (var i = 0; i < children.Count; i++)
            {
                blocks.AddRange(Blocks($"{Text(repeat.Kop)} {i + 1}", fields, children[i]));
            }
        }
        return new FormSectieView(Text(section.Titel), FormVariants.Explanation(section, variant).Select(Text).ToList(), blocks);
    }

    /// <summary>Consecutive one-line fields share a table; a large box or a checkbox list stands on its own.</summary>
    private IEnumerable<FormBlokView> Blocks(string? heading, IReadOnlyList<FormField> fields, Kind? kind)
    {
        var rows = new List<FormRegelView>();
        foreach (var field in fields)
        {
            if (field.Type is FieldType.Tekstvak or FieldType.Handtekening or FieldType.Vinklijst)
            {
                if (rows.Count > 0)
                {
                    yield return new FormBlokView(Take(ref heading), rows, null, null);
                    rows = [];
                }
                yield return field.Type == FieldType.Vinklijst
                    ? new FormBlokView(Take(ref heading), [], null, new FormVinklijstView(Label(field), FormVariants.Options(field, variant).Where(o => Applies(o.ToonAls)).Select(o => $"{Empty}{BoxSpace}{Text(o.Label)}").ToList()))
                    : new FormBlokView(Take(ref heading), [], new FormVakView(Label(field), Help(field), Prefill(field, kind)), null);
                continue;
            }
            rows.Add(new FormRegelView(Label(field), Help(field), Answer(field, kind)));
        }
        if (rows.Count > 0)
        {
            yield return new FormBlokView(Take(ref heading), rows, null, null);
        }
    }

    private string Answer(FormField field, Kind? kind)
    {
        var value = Prefill(field, kind);
        if (field.Type is not (FieldType.Keuze or FieldType.JaNee))
        {
            return value ?? "";
        }
        var options = FormVariants.Options(field, variant);
        if (field.Voorinvullen == PayeeKey && FixedPayee() is { } payee)
        {
            // The profile fixes who is paid (beleid.betaling): the form shows that one answer, ticked, instead of a choice.
            options = options.Where(o => o.Waarde == payee).ToList();
            value = payee;
        }
        return string.Join(Gap, options.Select(o => $"{(o.Waarde == value ? Ticked : Empty)}{BoxSpace}{Text(o.Label)}"));
    }

    private const string PayeeKey = "betaling.aan";

    private string? FixedPayee() => profile.Beleid.Betaling switch
    {
        BetalingAan.Opvang => "opvang",
        BetalingAan.Ouder => "ouder",
        _ => null,
    };

    private string? Prefill(FormField field, Kind? kind) => (field.Voorinvullen, zaak) switch
    {
        (null, _) or (_, null) => null,
        ({ } key, { } known) when FormPrefill.IsPerChild(key) => kind is null ? null : FormPrefill.Value(key, kind, pack.Formatter),
        ({ } key, { } known) => FormPrefill.Value(key, known),
    };

    /// <summary>
    /// A pre-filled checklist leaves out the lines its case already rules out — the partner's payslip for a parent
    /// without a partner — so it never asks a single parent about "mijn partner". Questions stay, with the pre-filled
    /// answer ticked, so a parent whose situation changed can still correct it on paper; a blank form shows every line.
    /// </summary>
    private bool Applies(FormCondition? condition)
    {
        if (condition is null || zaak is null)
        {
            return true;
        }
        var target = form.AllFields.FirstOrDefault(f => f.Id == condition.Veld);
        if (target?.Voorinvullen is not { } key || FormPrefill.IsPerChild(key))
        {
            return true;
        }
        return FormPrefill.Value(key, zaak) is not { } known || known == condition.Is;
    }

    /// <summary>Required questions end in " *", as the introduction explains.</summary>
    private string Label(FormField field) => Text(field.Label) + (field.Verplicht ? " *" : "");

    private string? Help(FormField field) =>
        (field.Hulp, field.Controle) switch
        {
            (null, null) => null,
            ({ } hulp, null) => Text(hulp),
            (null, { } controle) => $"({Text(controle)})",
            ({ } hulp, { } controle) => $"{Text(hulp)} ({Text(controle)})",
        };

    private string Text(string text) => FormText.Resolve(text, profile, pack.Texts);

    private static string? Take(ref string? heading)
    {
        var taken = heading;
        heading = null;
        return taken;
    }
}
