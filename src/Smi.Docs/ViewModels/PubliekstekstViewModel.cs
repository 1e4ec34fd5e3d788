namespace Smi.Docs.ViewModels;

/// <summary>
/// Everything the publiekstekst may say, taken from the profile alone: there is no case. Flags are decided here
/// so the template only chooses sentences; every statement then follows the municipality's own policy.
/// </summary>
public sealed record PubliekstekstViewModel(
    GemeenteView Gemeente,
    RegelingView Regeling,
    PubliekToegangView Toegang,
    PubliekBeleidView Beleid,
    PubliekEigenBijdrageView EigenBijdrage,
    RekenvoorbeeldView Rekenvoorbeeld);
