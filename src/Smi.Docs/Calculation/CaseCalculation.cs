using Smi.Docs.Calculation.Tables;
using Smi.Docs.Cases;
using Smi.Docs.Diagnostics;
using Smi.Docs.Policy;

namespace Smi.Docs.Calculation;

/// <summary>
/// The calculate stage of the pipeline, run once per case for every document that prints amounts and by
/// <c>smi-docs bereken</c>: our eigen bijdrage calculation and, when the case brings the municipality's own
/// <c>berekening</c>, the warnings from comparing the two. The letter prints the municipality's own amounts when
/// it has them (its system decides); ours then only checks them.
/// </summary>
/// <param name="Ours">Our calculation; null when the case has its own berekening and ours cannot be made.</param>
/// <param name="Failure">Why ours could not be made (SMI51xx), empty when it could.</param>
/// <param name="Warnings">The tables ours used with a reservation (SMI5204, SMI5205) and the comparison of the case's own berekening with ours (SMI52xx).</param>
public sealed record CaseCalculation(Berekeningsuitkomst? Ours, IReadOnlyList<Diagnostic> Failure, IReadOnlyList<Diagnostic> Warnings)
{
    /// <exception cref="SmiDocsException">The case has no berekening of its own and ours cannot be made (SMI51xx: bad input).</exception>
    public static CaseCalculation Make(SmiCase zaak, Beleid beleid, TariefTabellen tabellen)
    {
        if (zaak.Berekening is null)
        {
            var eigen = EigenBijdrageCalculator.Bereken(zaak, beleid, tabellen);
            return new CaseCalculation(eigen, [], eigen.Voorbehouden);
        }
        try
        {
            var ours = EigenBijdrageCalculator.Bereken(zaak, beleid, tabellen);
            return new CaseCalculation(ours, [], [.. ours.Voorbehouden, .. EigenBerekeningControle.Controleer(zaak, ours)]);
        }
        catch (SmiDocsException e)
        {
            return new CaseCalculation(null, e.Diagnostics, EigenBerekeningControle.Controleer(zaak, null, e.Diagnostics));
        }
    }

    /// <summary>Our calculation, or the reason it could not be made as an exception (for callers that print ours).</summary>
    public Berekeningsuitkomst OursOrThrow => Ours ?? throw new SmiDocsException(Failure);
}
