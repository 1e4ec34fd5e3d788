namespace Smi.Docs.Policy.Basislijn;

/// <summary>The outcome for one point and why, in plain Dutch for a council member.</summary>
public sealed record Toetsuitkomst(BasislijnPunt Punt, BasislijnStatus Status, string Reden);
