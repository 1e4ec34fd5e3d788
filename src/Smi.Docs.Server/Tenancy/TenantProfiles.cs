using System.Collections.Concurrent;
using Smi.Docs.Policy;
using Smi.Docs.Storage;

namespace Smi.Docs.Server.Tenancy;

/// <summary>
/// Each tenant's profile, read with the core's <see cref="ProfileReader"/> and kept until its file changes, so an
/// operator's edit takes effect on the next request without a restart.
/// </summary>
internal sealed class TenantProfiles
{
    private readonly ConcurrentDictionary<string, (DateTime Written, MunicipalityProfile Profile)> _profiles = new(StringComparer.Ordinal);

    /// <exception cref="Diagnostics.SmiDocsException">The profile is missing or has errors (the operator's to fix).</exception>
    public MunicipalityProfile For(Tenant tenant)
    {
        var written = File.GetLastWriteTimeUtc(tenant.ProfilePath);
        if (_profiles.TryGetValue(tenant.Id, out var known) && known.Written == written)
        {
            return known.Profile;
        }
        var profile = ProfileReader.Load(tenant.ProfilePath);
        _profiles[tenant.Id] = (written, profile);
        return profile;
    }
}
