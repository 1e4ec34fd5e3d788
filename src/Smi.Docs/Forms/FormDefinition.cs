namespace Smi.Docs.Forms;

/// <summary>
/// A form as data (<c>templates/&lt;form&gt;/&lt;form&gt;.form.yaml</c>): its text, sections and fields. The printed
/// form (HTML, DOCX, PDF) is generated from it, and a web form can be driven by it, so both always ask the
/// same questions. <see cref="Versie"/> is printed in the footer and dates a blank form, which has no case.
/// </summary>
public sealed record FormDefinition(
    string Id,
    DateOnly Versie,
    string Titel,
    string TitelVerlenging,
    IReadOnlyList<string> Inleiding,
    IReadOnlyList<string> InleidingVerlenging,
    IReadOnlyList<FormSection> Secties)
{
    public IEnumerable<FormField> AllFields => Secties.SelectMany(s => s.AllFields);

    public string TitleOf(FormVariant variant) => variant == FormVariant.Verlenging ? TitelVerlenging : Titel;
}
