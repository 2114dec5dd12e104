using Khulnasoft.Bot.Approvals;
using Khulnasoft.Bot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Tests.Approvals;

/// <summary>Approvals:* and Teams:* are checked when the host starts, not at the first request.</summary>
public sealed class ApprovalsOptionsTests
{
    [Theory]
    [InlineData("Approvals:RequiredApprovers", "0", "RequiredApprovers")]
    [InlineData("Approvals:ExpireAfter", "00:00:00", "ExpireAfter")]
    [InlineData("Approvals:ReminderAfter", "8.00:00:00", "must be shorter than Approvals:ExpireAfter")]
    [InlineData("Teams:ServiceUrl", "not a url", "Teams:ServiceUrl must be an absolute http(s) URL.")]
    public void Host_WithInvalidApprovalSettings_RefusesToStart(string key, string value, string expected)
    {
        using var factory = new HostFactory();
        factory.Settings[key] = value;

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(ex));
        Assert.Contains(validation.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Host_WithSecondsForTests_StartsWithThem()
    {
        using var factory = new HostFactory();
        factory.Settings["Approvals:ReminderAfter"] = "00:00:01";
        factory.Settings["Approvals:ExpireAfter"] = "00:00:03";
        factory.Settings["Approvals:RequiredApprovers"] = "2";
        using var client = factory.CreateClient();

        var options = factory.Services.GetRequiredService<IOptions<ApprovalsOptions>>().Value;

        Assert.Equal((TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), 2), (options.ReminderAfter, options.ExpireAfter, options.RequiredApprovers));
    }

    private static Exception Unwrap(Exception ex)
    {
        while (ex is not OptionsValidationException && (ex.InnerException ?? (ex as AggregateException)?.InnerExceptions.FirstOrDefault()) is { } inner)
        {
            ex = inner;
        }

        return ex;
    }
}
