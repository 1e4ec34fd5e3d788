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

/// <summary>
/// Starts the built service as processes of its own (and kills one): <c>Speed=Slow</c>, since starting instances takes
/// seconds, and it needs <c>dotnet build Smi.Docs.sln -c Release</c> first, as test.sh does.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NeedsServerProcessesAttribute : Attribute, ITraitAttribute
{
    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() => [new("Speed", "Slow"), new("Needs", "ServerProcesses")];
}
