namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// The tests with a Chromium run alone, one class after another, after the parallel ones: <c>PdfTests</c> kills and
/// freezes every Chromium this test process started (to prove the service starts its own again), which would take any
/// other test's browser with it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StudioBrowserCollection
{
    public const string Name = "Chromium, one class at a time";
}
