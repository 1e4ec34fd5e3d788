namespace Smi.Docs.Forms;

/// <summary>
/// "Show this field only when field <see cref="Veld"/> has answer <see cref="Is"/>". Paper shows every field and
/// says so in the help text; a web form hides the field until the condition holds.
/// </summary>
public sealed record FormCondition(string Veld, string Is);
