namespace Smi.Docs.Policy;

/// <summary>
/// How the municipality has laid SMI down: YAML <c>regeling.vastgelegdIn</c>. Basislijn 1 asks for a
/// verordening of its own or one under the Jeugdwet; beleidsregels under the Participatiewet bring an
/// income test with them, and ad-hoc decisions leave parents to chance (seed 000, toelichting 1).
/// </summary>
public enum Vastlegging
{
    /// <summary><c>verordening</c>: a verordening for SMI (with beleidsregels or not).</summary>
    Verordening,

    /// <summary><c>jeugdwet</c>: a verordening under the Jeugdwet.</summary>
    Jeugdwet,

    /// <summary><c>beleidsregels</c>: beleidsregels only, e.g. under art. 35 Participatiewet (bijzondere bijstand).</summary>
    Beleidsregels,

    /// <summary><c>ad-hoc</c>: no written rules; each application is decided on its own.</summary>
    AdHoc,
}
