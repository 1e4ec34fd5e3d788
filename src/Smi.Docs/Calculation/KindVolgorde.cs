using Smi.Docs.Cases;

namespace Smi.Docs.Calculation;

/// <summary>
/// Which child is the "eerste kind" of the KOT tables (Besluit kinderopvangtoeslag art. 3 lid 2): the
/// child with the most hours of childcare. With equal hours, the child with the lowest childcare costs
/// (art. 3 lid 3, as explained on toeslag.net/kinderopvang-toeslag/inkomen-en-uren/; the first-child
/// table has the lower percentage, so the cheaper child there costs the parent least). With equal costs
/// too the Belastingdienst picks one; we take the child that comes first in the case, so the result is
/// always the same.
/// </summary>
internal static class KindVolgorde
{
    public static int EersteKind(IReadOnlyList<Kind> kinderen, IReadOnlyList<decimal> uren) =>
        Enumerable.Range(0, kinderen.Count)
            .OrderByDescending(k => uren[k])
            .ThenBy(k => uren[k] * kinderen[k].Opvang.Uurprijs)
            .ThenBy(k => k)
            .FirstOrDefault();
}
