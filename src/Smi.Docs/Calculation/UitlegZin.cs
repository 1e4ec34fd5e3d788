using Smi.Docs.Formatting;

namespace Smi.Docs.Calculation;

/// <summary>
/// One sentence of the explanation under a calculation, kept as a key of the fixed texts (<c>uitleg.*</c>) and its
/// values, so the same calculation is explained in every language the letter is written in.
/// </summary>
public sealed record UitlegZin(string Sleutel, IReadOnlyList<UitlegWaarde> Waarden)
{
    public UitlegZin(string sleutel, params UitlegWaarde[] waarden)
        : this(sleutel, (IReadOnlyList<UitlegWaarde>)waarden)
    {
    }

    public string Schrijf(FixedTexts teksten, ValueFormatter formatter) =>
        teksten.Format("uitleg." + Sleutel, Waarden.Select(w => (w.Naam, w.Schrijf(teksten, formatter))).ToArray());
}

/// <summary>A value in an explanation sentence, formatted per language when the sentence is written.</summary>
public abstract record UitlegWaarde(string Naam)
{
    public abstract string Schrijf(FixedTexts teksten, ValueFormatter formatter);
}

public sealed record UitlegBedrag(string Naam, decimal Bedrag) : UitlegWaarde(Naam)
{
    public override string Schrijf(FixedTexts teksten, ValueFormatter formatter) => formatter.Money(Bedrag);
}

public sealed record UitlegPercentage(string Naam, decimal Percentage) : UitlegWaarde(Naam)
{
    public override string Schrijf(FixedTexts teksten, ValueFormatter formatter) => formatter.Percentage(Percentage);
}

public sealed record UitlegGetal(string Naam, decimal Getal) : UitlegWaarde(Naam)
{
    public override string Schrijf(FixedTexts teksten, ValueFormatter formatter) => formatter.Number(Getal);
}

/// <summary>A month with its year ("december 2026"), named in the letter's language.</summary>
public sealed record UitlegMaand(string Naam, int Jaar, int Maand) : UitlegWaarde(Naam)
{
    public override string Schrijf(FixedTexts teksten, ValueFormatter formatter) => formatter.Month(Jaar, Maand);
}

/// <summary>A name or year printed as it is.</summary>
public sealed record UitlegTekst(string Naam, string Tekst) : UitlegWaarde(Naam)
{
    public override string Schrijf(FixedTexts teksten, ValueFormatter formatter) => Tekst;
}

/// <summary>A part of a sentence that is itself a text, e.g. "96% van het minimumloon".</summary>
public sealed record UitlegDeelzin(string Naam, UitlegZin Zin) : UitlegWaarde(Naam)
{
    public override string Schrijf(FixedTexts teksten, ValueFormatter formatter) => Zin.Schrijf(teksten, formatter);
}
