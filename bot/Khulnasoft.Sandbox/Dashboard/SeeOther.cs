namespace Khulnasoft.Sandbox.Dashboard;

/// <summary>303 See Other: after a dashboard form POST, the browser GETs the page again.</summary>
internal sealed class SeeOther(string location) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
        httpContext.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
