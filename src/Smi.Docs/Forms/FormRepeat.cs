namespace Smi.Docs.Forms;

/// <summary>
/// Fields asked once per child. A pre-filled form repeats them for every child of the case; a blank one
/// prints <see cref="LeegAantal"/> copies under the heading <see cref="Kop"/> 1, 2, …
/// </summary>
public sealed record FormRepeat(string Kop, int LeegAantal, IReadOnlyList<FormField> Velden);
