namespace Smi.Docs.Cases;

/// <summary>The kinds of childcare of the Wet kinderopvang; JSON values <c>dagopvang</c>, <c>bso</c>, <c>gastouderopvang</c>.</summary>
public enum Opvangsoort
{
    Dagopvang,
    Bso,
    Gastouderopvang,
}
