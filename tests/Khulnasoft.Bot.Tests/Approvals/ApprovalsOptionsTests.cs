using Khulnasoft.Bot.Tests.Hosting;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Tests.Approvals;

/// <summary>Approvals:* and Teams:* are checked when the host starts, not at the first request. (Seconds are accepted:
/// the expiry test runs with a reminder after 1 s and an expiry after 4 s.)</summary>
public sealed class ApprovalsOptionsTests
{
    [Theory]
    [InlineData("Approvals:RequiredApprovers", "0", "RequiredApprovers")]
    [InlineData("Approvals:ExpireAfter", "00:00:00", "ExpireAfter")]
    [InlineData("Approvals:ReminderAfter", "8.00:00:00", "must be shorter than Approvals:ExpireAfter")]
    [InlineData("Teams:ServiceUrl", "not a url", "Teams:ServiceUrl must be an absolute http(s) URL, e.g. https://smba.trafficmanager.net/teams/.")]
    [InlineData("Teams:ServiceUrl", "ftp://smba.example/teams/", "Teams:ServiceUrl must be an absolute http(s) URL")]
    [InlineData("Teams:BotName", " ", "Teams:BotName must not be empty.")]
    public void Host_WithInvalidApprovalSettings_RefusesToStart(string key, string value, string expected)
    {
        using var factory = new BotTestHost();
        factory.Settings[key] = value;

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(ex));
        Assert.Contains(validation.Failures, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Host_WithABadTeamsServiceUrl_NamesItOnce_ForApprovalsAndHandoffAlike()
    {
        using var factory = new BotTestHost();
        factory.Settings["Teams:ServiceUrl"] = "not a url";

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(Unwrap(ex));
        Assert.Single(validation.Failures, f => f.Contains("Teams:ServiceUrl", StringComparison.Ordinal));
    }

    // A failed start may surface as an AggregateException that also holds errors of services stopping (e.g. an
    // ObjectDisposedException from a hosted service): look for the validation failure anywhere in the tree.
    private static Exception Unwrap(Exception ex) => Find(ex) ?? ex;

    private static OptionsValidationException? Find(Exception? ex) => ex switch
    {
        null => null,
        OptionsValidationException validation => validation,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(found => found is not null),
        _ => Find(ex.InnerException),
    };
}
