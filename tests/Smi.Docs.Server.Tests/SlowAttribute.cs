using Xunit.v3;

namespace Smi.Docs.Server.Tests;

/// <summary>
/// Starts Chromium: <c>Speed=Slow</c> as in tests/Smi.Docs.Tests (NeedsAttributes.cs), so test.sh's fast run, with
/// Chromium pointed at a path that does not exist, leaves it to the slow run.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NeedsChromiumAttribute : Attribute, ITraitAttribute
{
    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new("Speed", "Slow"), new("Needs", "Chromium")];
}
