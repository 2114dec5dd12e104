using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Khulnasoft.Bot.Benchmarks.Runtime;

/// <summary>
/// GET /cpu: this process's total CPU time (user + system) in milliseconds, for the driver's CPU per turn.
/// GET /stats: the same plus what explains it: bytes allocated, GC counts and pause time, JIT work (to see the warm-up is over),
/// minor page faults (the first touch of memory the process had not used: dear on a VM, docs/benchmarks.md), context
/// switches of all its threads and thread-pool work items run (the hand-offs a turn costs).
/// </summary>
public static class CpuEndpoint
{
    public static IEndpointRouteBuilder MapCpu(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cpu", static () =>
        {
            using var process = Process.GetCurrentProcess();
            return Results.Text(process.TotalProcessorTime.TotalMilliseconds.ToString("F3", CultureInfo.InvariantCulture));
        });
        endpoints.MapGet("/stats", static () => Results.Json(ServerStats.Read()));
        return endpoints;
    }
}

/// <summary>A snapshot of the server process's counters (see <see cref="CpuEndpoint"/>).</summary>
public sealed record ServerStats(
    double CpuMilliseconds,
    long AllocatedBytes,
    int Gen0,
    int Gen1,
    int Gen2,
    double GcPauseMilliseconds,
    long JitMethods,
    double JitMilliseconds,
    long MinorFaults = 0,
    long ContextSwitches = 0,
    long? WorkItems = null)
{
    /// <summary>Whether these counters (a difference over <paramref name="span"/>) spent under 1% of it compiling: the JIT has settled.</summary>
    public bool CompiledUnderOnePercentOf(TimeSpan span) => JitMilliseconds < span.TotalMilliseconds / 100;

    public static ServerStats Read()
    {
        using var process = Process.GetCurrentProcess();
        return new ServerStats(
            process.TotalProcessorTime.TotalMilliseconds,
            GC.GetTotalAllocatedBytes(precise: false),
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration().TotalMilliseconds,
            JitInfo.GetCompiledMethodCount(currentThread: false),
            JitInfo.GetCompilationTime(currentThread: false).TotalMilliseconds,
            ReadMinorFaults(),
            ReadContextSwitches(),
            ThreadPool.CompletedWorkItemCount);
    }

    /// <summary>
    /// Voluntary and involuntary context switches of this process's live threads (<c>/proc/self/task/*/status</c>),
    /// or 0 where there is no procfs. Threads that ended meanwhile are not counted.
    /// </summary>
    private static long ReadContextSwitches()
    {
        if (!Directory.Exists("/proc/self/task"))
        {
            return 0;
        }

        long switches = 0;
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                {
                    if (line.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal) || line.StartsWith("nonvoluntary_ctxt_switches:", StringComparison.Ordinal))
                    {
                        switches += long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim(), CultureInfo.InvariantCulture);
                    }
                }
            }
            catch (IOException)
            {
                // The thread ended while we read.
            }
        }

        return switches;
    }

    /// <summary>This process's minor page faults so far (<c>minflt</c> in <c>/proc/self/stat</c>), or 0 where there is no procfs.</summary>
    private static long ReadMinorFaults()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return 0;
        }

        // After "pid (comm) " the fields are state, ppid, pgrp, session, tty_nr, tpgid, flags, minflt, … (proc(5)).
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7], CultureInfo.InvariantCulture);
    }

    /// <summary>What happened between <paramref name="before"/> and this snapshot.</summary>
    public ServerStats Since(ServerStats before)
    {
        ArgumentNullException.ThrowIfNull(before);
        return new ServerStats(
            CpuMilliseconds - before.CpuMilliseconds,
            AllocatedBytes - before.AllocatedBytes,
            Gen0 - before.Gen0,
            Gen1 - before.Gen1,
            Gen2 - before.Gen2,
            GcPauseMilliseconds - before.GcPauseMilliseconds,
            JitMethods - before.JitMethods,
            JitMilliseconds - before.JitMilliseconds,
            MinorFaults - before.MinorFaults,
            ContextSwitches - before.ContextSwitches,
            WorkItems - before.WorkItems);
    }
}
