namespace Smi.Docs.Policy.Basislijn;

/// <summary>
/// One of the 15 points of the basislijn SMI (seed 000 §2, tabel 1): its number, a short subject and
/// what it asks, summarised in our own plain Dutch.
/// </summary>
public sealed record BasislijnPunt(int Nummer, string Onderwerp, string Vraagt);
