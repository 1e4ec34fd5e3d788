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
    public static int EersteKind(IReadOnlyList<Kind> kinderen, IReadOnlyList<decimal> uren)
    {
        var eerste = 0;
        for (var k = 1; k < kinderen.Count; k++)
        {
            if (uren[k] > uren[eerste]
                || (uren[k] == uren[eerste] && Kosten(kinderen, uren, k) < Kosten(kinderen, uren, eerste)))
            {
                eerste = k;
            }
        }
        return eerste;
    }

    private static decimal Kosten(IReadOnlyList<Kind> kinderen, IReadOnlyList<decimal> uren, int k) =>
        uren[k] * kinderen[k].Opvang.Uurprijs;
}
