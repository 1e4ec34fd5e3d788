namespace Smi.Docs.Policy;

/// <summary>
/// Who the municipality pays: YAML <c>beleid.betaling</c>. The handreiking (seed 000 §4.2) asks every
/// decision to say whether the money goes to the parents or straight to the childcare organisation.
/// </summary>
public enum BetalingAan
{
    /// <summary><c>ouder</c>: always to the parent's account.</summary>
    Ouder,

    /// <summary><c>opvang</c>: always to the childcare organisation (Beemster 2021 art. 10 lid 4, Oude IJsselstreek 2020 art. 9).</summary>
    Opvang,

    /// <summary><c>keuze</c>: the case says which; the default, since the basislijn prescribes neither.</summary>
    Keuze,
}
