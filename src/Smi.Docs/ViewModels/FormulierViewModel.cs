namespace Smi.Docs.ViewModels;

/// <summary>
/// A printable form, already laid out in blocks: the template only places them. Every text comes from the form
/// definition with the municipality's details filled in; answers are pre-filled case values or empty boxes.
/// </summary>
public sealed record FormulierViewModel(string Titel, IReadOnlyList<string> Inleiding, IReadOnlyList<FormSectieView> Secties);

public sealed record FormSectieView(string Titel, IReadOnlyList<string> Uitleg, IReadOnlyList<FormBlokView> Blokken);

/// <summary>
/// One block of a section: a table of one-line answers, a large box (free text, signature) or a checkbox list.
/// Exactly one of <see cref="Regels"/>, <see cref="Vak"/> and <see cref="Vinklijst"/> is filled. <see cref="Kop"/>
/// heads a group of per-child fields ("Kind 1").
/// </summary>
public sealed record FormBlokView(string? Kop, IReadOnlyList<FormRegelView> Regels, FormVakView? Vak, FormVinklijstView? Vinklijst);

/// <summary>A one-line question; <see cref="Antwoord"/> is empty, a pre-filled value or the answers with checkboxes.</summary>
public sealed record FormRegelView(string Label, string? Hulp, string Antwoord);

public sealed record FormVakView(string Label, string? Hulp, string? Antwoord);

public sealed record FormVinklijstView(string Label, IReadOnlyList<string> Opties);
