namespace Smi.Docs.Server.Tests.Studio;

/// <summary>
/// The tests that must run alone run here, one class after another, after the parallel ones: those with a Chromium
/// (<c>PdfTests</c> kills and freezes every Chromium this test process started, to prove the service starts its own
/// again, which would take any other test's browser with it), and those that read process-wide state (Hangfire's one
/// log provider).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StudioBrowserCollection
{
    public const string Name = "Alone: Chromium and process-wide state";
}
