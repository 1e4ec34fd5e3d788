using Smi.Docs.Diagnostics;
using Smi.Docs.Input;

namespace Smi.Docs.Policy;

/// <summary>
/// Reads <c>regeling.hardheidsclausule: { artikel: artikel 7, wijktAfVan: [duur, uren] }</c>. The older
/// <c>regeling.artikelHardheidsclausule: artikel 14</c> still reads, as a clause over the whole regulation
/// (<c>wijktAfVan: [alles]</c>); a profile gives one of the two.
/// </summary>
internal static class HardheidsclausuleReader
{
    private const string Alles = "alles";

    public static Hardheidsclausule? Read(InputObject regeling)
    {
        var oud = regeling.OptionalText("artikelHardheidsclausule");
        var nieuw = regeling.OptionalObject("hardheidsclausule", ReadObject);
        if (oud is not null && nieuw is not null)
        {
            regeling.Report(ProfileCodes.HardheidsclausuleTweeKeer, "artikelHardheidsclausule",
                "the profile gives both regeling.artikelHardheidsclausule and regeling.hardheidsclausule; keep only hardheidsclausule: { artikel, wijktAfVan }");
        }
        return nieuw ?? (oud is null ? null : new Hardheidsclausule(oud, null));
    }

    private static Hardheidsclausule ReadObject(InputObject o)
    {
        var artikel = o.Text("artikel");
        var namen = o.Texts("wijktAfVan");
        var toegestaan = string.Join(", ", new[] { Alles }.Concat(Regelonderdeel.Alle.Select(n => n.Naam)).Select(n => $"'{n}'"));
        var onderdelen = new List<Regelonderdeel>();
        foreach (var naam in namen)
        {
            if (naam == Alles)
            {
                if (namen.Count > 1)
                {
                    o.Report(ProfileCodes.HardheidsclausuleOnderdeel, "wijktAfVan", "'alles' covers every rule; give it alone or list the rules instead");
                }
                continue;
            }
            var gevonden = Regelonderdeel.Alle.Where(n => n.Naam == naam).Select(n => (Regelonderdeel?)n).FirstOrDefault();
            if (gevonden is { } onderdeel)
            {
                onderdelen.Add(onderdeel);
            }
            else
            {
                o.Report(ProfileCodes.HardheidsclausuleOnderdeel, "wijktAfVan", $"unknown rule in wijktAfVan; expected one or more of {toegestaan}");
            }
        }
        return new Hardheidsclausule(artikel, namen.Contains(Alles) ? null : onderdelen);
    }
}
