using Hangfire.Dashboard;

namespace Khulnasoft.Bot.BackgroundJobs;

/// <summary>The Hangfire dashboard's gate: <see cref="OperatorAuthorization"/>, with a basic-auth challenge on refusal.</summary>
public sealed class DashboardAuthorizationFilter(OperatorAuthorization authorization) : IDashboardAsyncAuthorizationFilter
{
    public Task<bool> AuthorizeAsync(DashboardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.GetHttpContext();
        var allowed = authorization.IsAuthorized(http);
        if (!allowed)
        {
            http.Response.Headers.WWWAuthenticate = OperatorAuthorization.Realm;
        }

        return Task.FromResult(allowed);
    }
}
