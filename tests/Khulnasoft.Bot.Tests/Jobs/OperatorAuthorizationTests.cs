using System.Net;
using System.Security.Claims;
using System.Text;
using Khulnasoft.Bot.BackgroundJobs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Tests.Jobs;

public sealed class OperatorAuthorizationTests
{
    [Fact]
    public void IsAuthorized_LoopbackInDevelopment_IsAllowed()
    {
        Assert.True(Authorization(Environments.Development).IsAuthorized(Request("127.0.0.1")));
    }

    [Fact]
    public void IsAuthorized_RemoteInDevelopmentWithoutCredentials_IsRefused()
    {
        Assert.False(Authorization(Environments.Development).IsAuthorized(Request("203.0.113.7")));
    }

    [Fact]
    public void IsAuthorized_LoopbackOutsideDevelopment_IsRefused()
    {
        Assert.False(Authorization(Environments.Production).IsAuthorized(Request("127.0.0.1")));
    }

    [Theory]
    [InlineData("ops:correct-horse-battery", true)]
    [InlineData("ops:wrong-password-here", false)]
    [InlineData("other:correct-horse-battery", false)]
    public void IsAuthorized_BasicCredentials_MustMatch(string credentials, bool expected)
    {
        var context = Request("203.0.113.7");
        context.Request.Headers.Authorization = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials));

        Assert.Equal(expected, Authorization(Environments.Production).IsAuthorized(context));
    }

    [Fact]
    public void IsAuthorized_AnAuthenticatedUserInTheRole_IsAllowed()
    {
        var context = Request("203.0.113.7");
        context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, "deletion-operators")], "test"));

        Assert.True(Authorization(Environments.Production).IsAuthorized(context));
    }

    private static OperatorAuthorization Authorization(string environment) => new(
        Options.Create(new JobsOptions { Dashboard = new JobsDashboardOptions { Username = "ops", Password = "correct-horse-battery", Role = "deletion-operators" } }),
        new HostingEnvironment { EnvironmentName = environment });

    private static DefaultHttpContext Request(string remoteIp)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remoteIp);
        return context;
    }
}
