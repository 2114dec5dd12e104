using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>Puts the WebSocket middleware in front of the pipeline, so the stream endpoint can accept sockets.</summary>
internal sealed class DirectLineStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseWebSockets();
        next(app);
    };
}
