namespace Smi.Docs.Policy;

/// <summary>
/// Where the social or medical reason must lie: YAML <c>beleid.doelgroep</c>. Basislijn 3 counts families
/// where such problems play a part and/or the child's development is at risk; the reason can lie with
/// the parent or with the child (seed 000, Introductie).
/// </summary>
public enum Doelgroep
{
    /// <summary><c>ouder-of-kind</c>: the basislijn; a reason at the parent or at the child is enough.</summary>
    OuderOfKind,

    /// <summary><c>ouder</c>: only a problem of the parent counts (Beemster 2021 art. 1 sub i and art. 2).</summary>
    Ouder,

    /// <summary><c>kind</c>: only the child's development counts.</summary>
    Kind,
}
