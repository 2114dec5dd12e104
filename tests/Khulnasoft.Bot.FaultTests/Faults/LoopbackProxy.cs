using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.LoadBalancing;
using Yarp.ReverseProxy.Model;

namespace Khulnasoft.Bot.FaultTests.Faults;

/// <summary>
/// A YARP reverse proxy on a free loopback port, round-robin over its destinations (HTTP and WebSocket), as a load
/// balancer in front of several bot hosts, or in front of one dependency (the account API) to count its calls and to
/// hold one call open (<see cref="Hold"/>) so a host can be killed in the middle of a turn.
/// It records which destination served every request (<see cref="Served"/>).
/// </summary>
public sealed class LoopbackProxy : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<HeldRequest> _holds = new();

    private LoopbackProxy(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>One proxied request: method, path and query, the destination's name, and the status (0 while open).</summary>
    public sealed record Exchange(string Method, string Path, string Destination)
    {
        public int Status { get; set; }
    }

    public string BaseUrl { get; }

    public ConcurrentQueue<Exchange> Served { get; } = new();

    /// <summary>Starts the proxy on <paramref name="port"/> (or a free one) in front of <paramref name="destinations"/> (name → base URL).</summary>
    public static async Task<LoopbackProxy> StartAsync(IReadOnlyDictionary<string, string> destinations, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "all", ClusterId = "hosts", Match = new RouteMatch { Path = "{**catch-all}" } }],
            [
                new ClusterConfig
                {
                    ClusterId = "hosts",
                    LoadBalancingPolicy = LoadBalancingPolicies.RoundRobin,
                    Destinations = destinations.ToDictionary(d => d.Key, d => new DestinationConfig { Address = d.Value }),
                    HttpRequest = new ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(120) },
                },
            ]);
        var app = builder.Build();
        LoopbackProxy? proxy = null;
        app.MapReverseProxy(pipeline =>
        {
            pipeline.Use(async (context, next) =>
            {
                foreach (var hold in proxy!._holds)
                {
                    if (hold.TryTake(context.Request))
                    {
                        await hold.Released;
                    }
                }

                await next();
            });
            pipeline.UseLoadBalancing();
            pipeline.Use(async (context, next) =>
            {
                var chosen = context.GetReverseProxyFeature().AvailableDestinations;
                var exchange = new Exchange(context.Request.Method, context.Request.Path + context.Request.QueryString, chosen.Count == 1 ? chosen[0].DestinationId : "?");
                proxy!.Served.Enqueue(exchange);
                await next();
                exchange.Status = context.Response.StatusCode;
            });
        });
        await app.StartAsync();
        proxy = new LoopbackProxy(app, app.Urls.First().TrimEnd('/'));
        return proxy;
    }

    /// <summary>
    /// Holds the next request that <paramref name="match"/> accepts before it is forwarded, until
    /// <see cref="HeldRequest.Release"/>: the caller waits as it would on a hung dependency.
    /// </summary>
    public HeldRequest Hold(Func<HttpRequest, bool> match)
    {
        var hold = new HeldRequest(match);
        _holds.Enqueue(hold);
        return hold;
    }

    /// <summary>Requests with this method whose path contains <paramref name="pathPart"/> (and, if given, whose status matched).</summary>
    public int Count(string method, string pathPart, Func<int, bool>? status = null) =>
        Served.Count(e => e.Method == method && e.Path.Contains(pathPart, StringComparison.Ordinal) && (status is null || status(e.Status)));

    public async ValueTask DisposeAsync()
    {
        foreach (var hold in _holds)
        {
            hold.Release();
        }

        await _app.DisposeAsync();
    }

    /// <summary>One request held by <see cref="Hold"/>.</summary>
    public sealed class HeldRequest(Func<HttpRequest, bool> match)
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _taken;

        /// <summary>Completes when the matching request has arrived and is being held.</summary>
        public Task Reached => _reached.Task;

        internal Task Released => _released.Task;

        public void Release() => _released.TrySetResult();

        internal bool TryTake(HttpRequest request)
        {
            if (Volatile.Read(ref _taken) != 0 || !match(request) || Interlocked.Exchange(ref _taken, 1) != 0)
            {
                return false;
            }

            _reached.TrySetResult();
            return true;
        }
    }
}
