using Smi.Docs.Policy;
using Smi.Docs.Policy.Basislijn;

namespace Smi.Docs.Tests.Policy;

/// <summary>The example profiles: the basislijn, two real regulations from the seeds and one that pays in full below 120% WML.</summary>
internal static class SeedProfiles
{
    public static readonly IReadOnlyList<string> Ids = ["voorbeeldstad", "beemster", "oude-ijsselstreek", "rivierenland"];

    public static TheoryData<string> All => [.. Ids];

    public static MunicipalityProfile Load(string id) => ProfileReader.Load(TestPaths.Profile(id));

    public static BasislijnRapport Rapport(string id) => BasislijnToets.Toets(Load(id));
}
