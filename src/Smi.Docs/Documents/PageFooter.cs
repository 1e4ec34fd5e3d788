namespace Smi.Docs.Documents;

/// <summary>
/// The running footer: a fixed text (usually the case reference) and the page numbering, given as the
/// words around the two numbers so each format can insert its own counters: "Pagina " 1 " van " 3.
/// </summary>
public sealed record PageFooter(string Text, string PageLabelBefore, string PageLabelBetween, string PageLabelAfter = "");
