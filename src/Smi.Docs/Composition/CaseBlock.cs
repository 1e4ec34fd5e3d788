using Smi.Docs.Cases;

namespace Smi.Docs.Composition;

/// <summary>
/// A top-level block of case data that only some documents use: a grant has a period and amounts, a
/// refusal has reasons. <see cref="DocumentRequirements"/> says per document which must be there and which not.
/// </summary>
public sealed record CaseBlock(string Name, Func<SmiCase, object?> Value)
{
    public static CaseBlock Periode { get; } = new("periode", c => c.Periode);

    public static CaseBlock Indicatie { get; } = new("indicatie", c => c.Indicatie);

    public static CaseBlock Betaling { get; } = new("betaling", c => c.Betaling);

    public static CaseBlock Berekening { get; } = new("berekening", c => c.Berekening);

    public static CaseBlock Afwijzing { get; } = new("afwijzing", c => c.Afwijzing);

    public static CaseBlock Verlenging { get; } = new("verlenging", c => c.Verlenging);

    public static CaseBlock Ontbrekend { get; } = new("ontbrekend", c => c.Ontbrekend);

    public static CaseBlock NietInBehandeling { get; } = new("nietInBehandeling", c => c.NietInBehandeling);

    /// <summary>The block's JSON path, where its problems are reported.</summary>
    public string Path => "$." + Name;

    public bool IsPresentIn(SmiCase zaak) => Value(zaak) is not null;
}
