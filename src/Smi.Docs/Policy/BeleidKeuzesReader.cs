using Smi.Docs.Input;

namespace Smi.Docs.Policy;

/// <summary>
/// Reads the optional policy keys the basislijn check and the letters need beyond the terms and the
/// eigen bijdrage (payee, access, way of working). Every key is optional; absent means the basislijn,
/// or for <see cref="Werkwijze"/> "not said". The YAML names are documented in examples/profiles/voorbeeldstad.yaml.
/// </summary>
internal static class BeleidKeuzesReader
{
    private static readonly (string, BetalingAan)[] Betalingen = [("ouder", BetalingAan.Ouder), ("opvang", BetalingAan.Opvang), ("keuze", BetalingAan.Keuze)];

    private static readonly (string, Doelgroep)[] Doelgroepen = [("ouder-of-kind", Doelgroep.OuderOfKind), ("ouder", Doelgroep.Ouder), ("kind", Doelgroep.Kind)];

    private static readonly (string, Vastlegging)[] Vastleggingen =
    [
        ("verordening", Vastlegging.Verordening),
        ("jeugdwet", Vastlegging.Jeugdwet),
        ("beleidsregels", Vastlegging.Beleidsregels),
        ("ad-hoc", Vastlegging.AdHoc),
    ];

    public static Vastlegging? VastgelegdIn(InputObject regeling) => regeling.OptionalChoice("vastgelegdIn", Vastleggingen);

    public static Beleid Aanvullen(Beleid beleid, InputObject o) => beleid with
    {
        Betaling = o.OptionalChoice("betaling", Betalingen) ?? BetalingAan.Keuze,
        Toegang = new Toegang(
            o.OptionalChoice("doelgroep", Doelgroepen) ?? Doelgroep.OuderOfKind,
            o.OptionalInteger("leeftijdTotJaar", maximum: 18),
            o.OptionalObject("inkomenstoets", EigenBijdrageReader.ReadInkomensgrens),
            o.OptionalBoolean("vermogenstoets") ?? false,
            o.OptionalObject("advies", a => new Advies(a.Text("door"), a.OptionalBoolean("verplicht") ?? false))),
        Werkwijze = new Werkwijze(
            o.OptionalBoolean("ontwikkelingVolgen"),
            o.OptionalBoolean("inkomenActueel"),
            o.OptionalBoolean("gegevensAlleenStrikt"),
            o.OptionalBoolean("tevredenheidMonitoren")),
    };
}
