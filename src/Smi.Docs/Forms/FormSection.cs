namespace Smi.Docs.Forms;

/// <summary>
/// One question-style part of the form ("Over u", "Hoe wilt u het geld ontvangen?"). <see cref="Uitleg"/> is
/// printed above the fields; <see cref="UitlegVerlenging"/> replaces it on the extension form when given, and
/// <see cref="UitlegOnline"/> on the online form's page (where attachments are added, not ticked).
/// A section without fields (help, privacy) is text only and appears in the extension form when
/// <see cref="Verlenging"/> is true; a section with fields appears when one of its fields does.
/// </summary>
public sealed record FormSection(
    string Id,
    string Titel,
    IReadOnlyList<string> Uitleg,
    IReadOnlyList<string>? UitlegVerlenging,
    bool Verlenging,
    IReadOnlyList<FormField> Velden,
    FormRepeat? PerKind)
{
    /// <summary>Every field of the section, the repeated ones included.</summary>
    public IEnumerable<FormField> AllFields => Velden.Concat(PerKind?.Velden ?? []);

    public IReadOnlyList<string>? UitlegOnline { get; init; }
}
