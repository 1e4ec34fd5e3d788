namespace Smi.Docs.Forms;

/// <summary>
/// One question of the form. <see cref="Id"/> is stable: web forms post it, pre-fills and conditions refer
/// to it, and snapshots show it, so renaming one is a breaking change.
/// </summary>
/// <param name="Voorinvullen">Key in <see cref="FormPrefill"/> of the case value that fills the box in, if any.</param>
/// <param name="Autocomplete">HTML autocomplete token (WCAG 1.3.5) for a web form, e.g. <c>family-name</c>.</param>
/// <param name="Patroon">Regular expression a web form checks the answer against; <see cref="Controle"/> says it in words.</param>
public sealed record FormField(
    string Id,
    string Label,
    string? Hulp,
    FieldType Type,
    bool Verplicht,
    IReadOnlyList<FormOption> Opties,
    string? Controle,
    string? Patroon,
    decimal? Minimum,
    decimal? Maximum,
    string? Autocomplete,
    string? Voorinvullen,
    FormCondition? ToonAls,
    bool Verlenging);
