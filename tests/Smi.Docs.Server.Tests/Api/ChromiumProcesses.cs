namespace Smi.Docs.Server.Tests.Api;

/// <summary>
/// The Chromium processes this test process started (through Playwright's driver), read from <c>/proc</c>: the
/// service gives no handle on its browser, and an operator's <c>kill</c> does not ask for one either.
/// </summary>
internal static class ChromiumProcesses
{
    public static IReadOnlyList<int> OfThisProcess()
    {
        var parents = new Dictionary<int, int>();
        var names = new Dictionary<int, string>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }
            try
            {
                // "pid (comm) state ppid …": the name may hold spaces and brackets, so split after the last ')'.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var close = stat.LastIndexOf(')');
                names[pid] = stat[(stat.IndexOf('(') + 1)..close];
                parents[pid] = int.Parse(stat[(close + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while the list was read.
            }
        }
        var self = Environment.ProcessId;
        return [.. names.Keys.Where(pid => IsChromium(names[pid]) && DescendsFrom(pid, self, parents))];
    }

    /// <summary>Kills every Chromium process of this test process at once, as the kernel's out-of-memory killer might, and waits until they are gone.</summary>
    public static async Task<int> KillAllAsync(CancellationToken ct)
    {
        var victims = OfThisProcess();
        foreach (var pid in victims)
        {
            try
            {
                System.Diagnostics.Process.GetProcessById(pid).Kill();
            }
            catch (ArgumentException)
            {
                // Gone already (a renderer goes with its browser).
            }
        }
        while (OfThisProcess().Intersect(victims).Any())
        {
            await Task.Delay(50, ct);
        }
        return victims.Count;
    }

    /// <summary>Stops every Chromium process of this test process (SIGSTOP): a browser that is there but answers nothing.</summary>
    public static IReadOnlyList<int> FreezeAll()
    {
        var frozen = OfThisProcess();
        foreach (var pid in frozen)
        {
            _ = Signal(pid, SignalStop);
        }
        return frozen;
    }

    /// <summary>Ends processes this test froze, if anything left them behind (SIGKILL works on a stopped process).</summary>
    public static void KillFrozen(IEnumerable<int> pids)
    {
        foreach (var pid in pids)
        {
            _ = Signal(pid, SignalKill);
        }
    }

    private const int SignalKill = 9;
    private const int SignalStop = 19;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Signal(int pid, int signal);

    private static bool IsChromium(string name) =>
        name.Contains("chrom", StringComparison.OrdinalIgnoreCase) || name.Contains("headless", StringComparison.OrdinalIgnoreCase);

    private static bool DescendsFrom(int pid, int ancestor, Dictionary<int, int> parents)
    {
        for (var current = pid; parents.TryGetValue(current, out var parent) && parent > 1; current = parent)
        {
            if (parent == ancestor)
            {
                return true;
            }
        }
        return false;
    }
}
