namespace Smi.Docs.ViewModels;

/// <summary>
/// The fictional household of the worked example (<see cref="Rekenvoorbeeld"/>) and, when the calculator could work
/// it out with this profile and the tables of <see cref="Jaar"/>, its result; <see cref="Uitkomst"/> is null when it
/// could not (a table the sources lack), and the text then says the example is not available.
/// </summary>
public sealed record RekenvoorbeeldView(
    int Jaar,
    decimal Toetsingsinkomen,
    decimal DagenPerWeek,
    decimal UrenPerWeek,
    decimal UrenPerMaand,
    RekenvoorbeeldUitkomstView? Uitkomst);
