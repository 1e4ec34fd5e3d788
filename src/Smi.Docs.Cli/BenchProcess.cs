using System.Diagnostics;
using System.Globalization;

namespace Smi.Docs.Cli;

/// <summary>
/// What a measured row cost this process: its peak resident memory, as the peers report theirs (their Node
/// <c>maxRSS</c> includes the runtime, and so does this), and the processor time it used. Linux lets a process reset
/// its own high-water mark (writing 5 to <c>/proc/self/clear_refs</c>), so each row reports its own peak rather than
/// the peak of everything before it. Processor time is the figure a shared machine disturbs least: wall time on 2
/// cores with a load of 15 measures the neighbours as much as us, CPU seconds mostly measure our own work.
/// </summary>
internal static class BenchProcess
{
    private static TimeSpan _cpuAtReset = CpuTime();

    /// <summary>Starts a new row: a new high-water mark (false when the system does not allow it; the peak is then since start) and a new CPU count.</summary>
    public static bool ResetPeak()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        _cpuAtReset = CpuTime();
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

    /// <summary>User and system processor time of this process since <see cref="ResetPeak"/>, all threads (not Chromium's processes).</summary>
    public static double CpuSecondsSinceReset() => (CpuTime() - _cpuAtReset).TotalSeconds;

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
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
