namespace Smi.Docs.Server.Studio;

/// <summary>The studio's settings, in section <c>Smi</c> beside the service's own (docs/server.md).</summary>
/// <param name="Assets">The bundle scripts/build-studio.sh makes (studio/dist), copied next to the program.</param>
/// <param name="Cases">The example cases the preview offers (examples/cases), copied next to the program.</param>
/// <param name="SignInsPerMinute">Sign-in attempts per client address per minute; the lock-out per account comes on top.</param>
internal sealed record StudioSettings(string Assets, string Cases, int SignInsPerMinute)
{
    public static StudioSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection(ServerSettings.Section);
        return new StudioSettings(
            section["StudioAssets"] ?? Path.Combine(AppContext.BaseDirectory, "studio"),
            section["StudioCases"] ?? Path.Combine(AppContext.BaseDirectory, "examples", "cases"),
            section.GetValue("StudioSignInsPerMinute", 10));
    }
}
