namespace Smi.Docs.Cases;

public sealed record Adres(string Straat, string Huisnummer, string Postcode, string Plaats);
