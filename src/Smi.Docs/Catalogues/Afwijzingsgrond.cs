using Smi.Docs.Policy;

namespace Smi.Docs.Catalogues;

/// <summary>
/// One reason an SMI application can be refused, as the catalogue (data/afwijzingsgronden.yaml) words it.
/// A refusal must show for each reason the facts and the rule it rests on (Awb 3:46, 3:47 lid 1 and 2).
/// </summary>
/// <param name="Code">Stable code that case systems send (<c>voorliggende-voorziening-kot</c>).</param>
/// <param name="Artikel">The condition of the municipal regulation the reason rests on.</param>
/// <param name="Wet">A statutory rule the reason also rests on, such as Awb 4:5 for an incomplete application.</param>
/// <param name="EigenArtikel">
/// Only usable when the profile names its own article for <paramref name="Artikel"/>: the reason is not part
/// of the basislijn (an income test, basislijn 5), so it cannot rest on the general conditions article.
/// </param>
public sealed record Afwijzingsgrond(
    string Code,
    string Titel,
    string Regel,
    string Feiten,
    string Alternatief,
    ArtikelSoort Artikel,
    string? Wet,
    bool EigenArtikel);
