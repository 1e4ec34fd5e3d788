namespace Smi.Docs.Policy;

/// <summary>
/// The municipality's choices for the online application form (profile key <c>formulier</c>, all optional): how long the
/// service keeps a draft after its last save and an application after the municipality took it (issue 17 point 4;
/// null: the service's defaults, 7 and 30 days), and whether every attached file must be scanned for viruses (then a
/// service without a scanner takes no files rather than unscanned ones).
/// </summary>
public sealed record OnlineFormulier(int? ConceptBewaardagen, int? AfgenomenBewaardagen, bool Virusscan)
{
    public static readonly OnlineFormulier Standaard = new(null, null, false);
}
