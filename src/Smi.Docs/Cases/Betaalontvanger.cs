namespace Smi.Docs.Cases;

public enum Betaalontvanger
{
    Ouder,
    Opvang,
}
