namespace Smi.Docs.ViewModels;

/// <summary>
/// One reason as the letter shows it. <see cref="Grondslag"/> is the article with the regulation's title
/// ("artikel 3 van de Verordening …"); <see cref="Toelichting"/> is case data and may be absent.
/// </summary>
public sealed record AfwijzingsredenView(
    string Code,
    string Titel,
    string Regel,
    string Feiten,
    string? Toelichting,
    string Alternatief,
    string Grondslag,
    string? Wet)
{
    /// <summary>For an income refusal: the profile's limit in euros per year on the application date (issue 12, point 8).</summary>
    public decimal? Inkomensgrens { get; init; }

    /// <summary>The limit in words: "110 procent van het wettelijk minimumloon".</summary>
    public string? InkomensgrensNorm { get; init; }
}
