using Xunit.v3;

namespace Smi.Docs.Tests;

/// <summary>
/// Marks a test class or test that needs a program outside .NET. Each mark gives two traits: <c>Speed=Slow</c>, so
/// <c>dotnet test tests/Smi.Docs.Tests --filter "Speed!=Slow"</c> runs the fast suite (README), and
/// <c>Needs=&lt;program&gt;</c>, the reason. <see cref="SlowTestTraitTests"/> fails when a test reaches one of these
/// programs without its mark.
/// </summary>
public abstract class NeedsAttribute(string program) : Attribute, ITraitAttribute
{
    public const string SpeedTrait = "Speed";
    public const string Slow = "Slow";
    public const string NeedsTrait = "Needs";

    /// <summary>The program, as the value of the <c>Needs</c> trait.</summary>
    public string Program { get; } = program;

    public IReadOnlyCollection<KeyValuePair<string, string>> GetTraits() =>
        [new(SpeedTrait, Slow), new(NeedsTrait, Program)];
}

/// <summary>Starts Chromium: prints a PDF (<c>ChromiumFixture</c>, <c>ChromiumPdfPrinter</c>) or drives a page with Playwright.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NeedsChromiumAttribute() : NeedsAttribute("Chromium");

/// <summary>Runs poppler-utils (<c>pdftotext</c>, <c>pdfinfo</c>, <c>pdffonts</c>) through <c>PdfTools</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NeedsPopplerAttribute() : NeedsAttribute("Poppler");

/// <summary>Loads a package that <c>npm ci</c> installs into node_modules (axe-core, <c>AxeBrowserFixture</c>).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NeedsNpmAttribute() : NeedsAttribute("Npm");

/// <summary>Mounts a small tmpfs with <c>mount</c> (root; <c>Rendering/SmallDisk</c>) to fill a disk for real.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NeedsMountAttribute() : NeedsAttribute("Mount");

/// <summary>Runs Chromium under <c>strace</c> (from scripts/install-prerequisites.sh) to see every connection it opens.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NeedsStraceAttribute() : NeedsAttribute("Strace");

/// <summary>Starts <c>smi-docs</c> as a process of its own (<c>dotnet smi-docs.dll</c>), to kill it part-way as a machine or an operator would.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class NeedsOwnProcessAttribute() : NeedsAttribute("OwnProcess");
