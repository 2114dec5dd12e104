using System.Text.Json;

namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>The JSON shape of the host probe's answers (<see cref="StartupHook"/>, <see cref="HostProbe"/>).</summary>
public static class ProbeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
