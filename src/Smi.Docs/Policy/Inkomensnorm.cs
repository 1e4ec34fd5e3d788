namespace Smi.Docs.Policy;

/// <summary>
/// <c>wml</c>: 12 × the referentiemaandloon of the minimumloon; <c>bijstandsnorm</c>: 12 × the monthly
/// bijstandsnorm for a single person or a couple (by whether the case has a partner).
/// </summary>
public enum Inkomensnorm
{
    Wml,
    Bijstandsnorm,
}
