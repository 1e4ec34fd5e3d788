namespace Smi.Docs.Cases;

public sealed record KindBerekening(IReadOnlyList<MaandBerekening> Maanden);
