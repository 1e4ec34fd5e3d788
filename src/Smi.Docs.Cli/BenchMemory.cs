using System.Diagnostics;
using System.Globalization;

namespace Smi.Docs.Cli;

/// <summary>
/// The process's peak resident memory, as the peers report theirs (their Node <c>maxRSS</c> includes the runtime, and so
/// does this). Linux lets a process reset its own high-water mark (writing 5 to <c>/proc/self/clear_refs</c>), so each
/// measured row reports its own peak rather than the peak of everything before it.
/// </summary>
internal static class BenchMemory
{
    /// <summary>Starts a new high-water mark; false when the system does not allow it (then the peak is since start).</summary>
    public static bool ResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>VmHWM from <c>/proc/self/status</c> in MB, or the runtime's own figure where there is no procfs.</summary>
    public static double PeakMegabytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return Math.Round(kilobytes / 1024.0, 1);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // No procfs: fall through to the runtime's figure.
        }
        using var process = Process.GetCurrentProcess();
        return Math.Round(process.PeakWorkingSet64 / 1024.0 / 1024.0, 1);
    }
}
