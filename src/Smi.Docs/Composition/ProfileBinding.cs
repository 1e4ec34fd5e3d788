using Smi.Docs.Policy;

namespace Smi.Docs.Composition;

/// <summary>
/// Makes a document a profile-only one: it describes the municipality's policy to everybody, so it is built from
/// the profile alone and never from a case (case data is personal and does not belong in a public text).
/// <see cref="Date"/> dates it for the metadata; it comes from the input, never the clock, so the same profile
/// gives the same bytes. <see cref="Footer"/> is the text at the foot of every printed page.
/// </summary>
public sealed record ProfileBinding(
    Func<MunicipalityProfile, LanguagePack, object> CreateViewModel,
    Func<MunicipalityProfile, DateOnly> Date,
    Func<MunicipalityProfile, LanguagePack, string> Footer);
