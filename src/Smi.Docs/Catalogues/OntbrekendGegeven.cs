namespace Smi.Docs.Catalogues;

/// <summary>
/// One item an SMI application can lack, as the catalogue (data/ontbrekende-gegevens.yaml) words it.
/// The hersteltermijn letter must say exactly what is missing (Awb 4:5 lid 1) and, in plain language,
/// why it is needed and how to get it, so the parent can complete the application in time.
/// </summary>
/// <param name="Code">Stable code that case systems send (<c>inkomensgegevens</c>).</param>
/// <param name="Titel">Short name of the item in the list.</param>
/// <param name="Wat">What exactly we need.</param>
/// <param name="Waarom">Why the decision needs it.</param>
/// <param name="Hoe">How the parent gets it.</param>
public sealed record OntbrekendGegeven(string Code, string Titel, string Wat, string Waarom, string Hoe);
