namespace Smi.Docs.Forms;

/// <summary>
/// What a variant of a form shows. The extension form is the full form filtered, never a form of its own, so
/// it can only ask fewer questions than the first application (basislijn 13), never different ones.
/// </summary>
public static class FormVariants
{
    /// <summary>What the online form says above a step's questions: its own text when the definition has one.</summary>
    public static IReadOnlyList<string> OnlineExplanation(FormSection section) => section.UitlegOnline ?? section.Uitleg;

    public static IReadOnlyList<FormSection> Sections(FormDefinition form, FormVariant variant) =>
        form.Secties.Where(s => Shows(s, variant)).ToList();

    public static IReadOnlyList<FormField> Fields(IEnumerable<FormField> fields, FormVariant variant) =>
        fields.Where(f => variant == FormVariant.Aanvraag || f.Verlenging).ToList();

    public static IReadOnlyList<FormOption> Options(FormField field, FormVariant variant) =>
        field.Opties.Where(o => variant == FormVariant.Aanvraag || o.Verlenging).ToList();

    public static IReadOnlyList<string> Explanation(FormSection section, FormVariant variant) =>
        variant == FormVariant.Verlenging && section.UitlegVerlenging is { } verlenging ? verlenging : section.Uitleg;

    public static IReadOnlyList<string> Introduction(FormDefinition form, FormVariant variant) =>
        variant == FormVariant.Verlenging ? form.InleidingVerlenging : form.Inleiding;

    /// <summary>Every field the variant asks, in order, the per-child ones once.</summary>
    public static IReadOnlyList<FormField> AllFields(FormDefinition form, FormVariant variant) =>
        Sections(form, variant).SelectMany(s => Fields(s.AllFields, variant)).ToList();

    private static bool Shows(FormSection section, FormVariant variant) =>
        variant == FormVariant.Aanvraag || section.Verlenging || section.AllFields.Any(f => f.Verlenging);
}
