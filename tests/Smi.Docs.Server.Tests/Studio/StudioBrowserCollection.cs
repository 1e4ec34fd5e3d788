namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// The studio's browser tests run alone, after the parallel ones: <c>PdfTests</c> kills every Chromium this test process
/// started (to prove the service starts its own again), which would take the studio's browser with it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StudioBrowserCollection
{
    public const string Name = "Studio in Chromium";
}
