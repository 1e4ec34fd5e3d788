namespace Smi.Docs.Cases;

/// <summary>How the letter addresses the person; <see cref="Neutraal"/> uses initials and surname.</summary>
public enum Aanhef
{
    Mevrouw,
    Heer,
    Neutraal,
}
