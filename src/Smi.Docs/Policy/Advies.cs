namespace Smi.Docs.Policy;

/// <summary>
/// Who advises on the need for childcare (YAML <c>beleid.advies</c>), e.g. "een zorgverlener, zoals de huisarts
/// of een specialist" (Oude IJsselstreek 2020 art. 2 and 8 lid 2 sub d). <see cref="Verplicht"/>: every
/// application needs that advice, not only when the municipality asks for it (Beemster 2021 art. 3 lid 2).
/// </summary>
public sealed record Advies(string Door, bool Verplicht);
