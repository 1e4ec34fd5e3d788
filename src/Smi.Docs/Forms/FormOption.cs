namespace Smi.Docs.Forms;

/// <summary>
/// One answer of a choice or one line of a checkbox list. <see cref="Waarde"/> is the stable value a web form
/// posts and a pre-fill matches on; <see cref="Verlenging"/> says whether the extension form shows it;
/// <see cref="ToonAls"/> makes it conditional like a field (the partner's payslip only with a partner).
/// </summary>
public sealed record FormOption(string Waarde, string Label, bool Verlenging, FormCondition? ToonAls = null);
