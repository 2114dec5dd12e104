using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Khulnasoft.Bot.Benchmarks.Runtime;

/// <summary>GET /cpu: this process's total CPU time (user + system) in milliseconds, for the driver's CPU per turn.</summary>
public static class CpuEndpoint
{
    public static IEndpointConventionBuilder MapCpu(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/cpu", static () =>
        {
            using var process = Process.GetCurrentProcess();
            return Results.Text(process.TotalProcessorTime.TotalMilliseconds.ToString("F3", System.Globalization.CultureInfo.InvariantCulture));
        });
}
