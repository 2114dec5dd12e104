using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Funnel;
using Khulnasoft.Bot.Tests.Conversation;
using Khulnasoft.Bot.Tests.Conversation.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Khulnasoft.Bot.Tests.Funnel;

/// <summary>
/// ben goes through the deletion conversation in Teams (real channel tokens, embedded sandbox) and the funnel counts
/// each step he reached once: asking again in the same conversation counts nothing twice, a second conversation counts
/// again. The console's funnel page shows the counts, in English or in German after the browser's Accept-Language.
/// </summary>
public sealed class ConversationFunnelTests : TeamsChannelConversation
{
    [Fact]
    public async Task BensSteps_CountOncePerConversation_AndTheFunnelPageShowsThem()
    {
        Host.Start();
        var ben = new ChannelUser(Host, Credentials, DemoChats.Teams("ben", "a:ben-funnel", Connector.ServiceUrl), R);
        await BenFastPath.ToInvoicesAsync(ben, R);
        var once = await CountsAsync();

        // The same steps again in the same conversation: "cancel", then "delete my account" from the start (his identity is remembered).
        await ben.SendAsync("cancel");
        ben.Next(R.Text("I've stopped"), "cancelled");
        await ben.SendAsync("delete my account");
        Assert.NotEmpty(ben.Rest());
        Assert.Equal(once, await CountsAsync());

        Assert.Equal(1, once[FunnelSteps.Started]);
        Assert.Equal(1, once[FunnelSteps.Identified]);
        Assert.Equal(1, once[FunnelSteps.RoutedSelfServe]);
        Assert.Equal(0, once[FunnelSteps.RoutedApproval]);
        Assert.Equal(0, once[FunnelSteps.RoutedCsm]);
        Assert.Equal(1, once[FunnelSteps.ChecklistShown]);
        Assert.Equal(1, once[FunnelSteps.PrerequisiteDone("PaymentInfoDeleted")]);
        Assert.Equal(0, once[FunnelSteps.PrerequisiteDone("InvoicesDownloaded")]);
        Assert.Equal(1, once[FunnelSteps.InvoicesShown]);
        Assert.Equal(0, once[FunnelSteps.InvoicesSent]);

        // Another conversation of ben's is another visit.
        var again = new ChannelUser(Host, Credentials, DemoChats.Teams("ben", "a:ben-funnel-2", Connector.ServiceUrl), R);
        await again.SendAsync("delete my account");
        Assert.NotEmpty(again.Rest());
        Assert.Equal(2, (await CountsAsync())[FunnelSteps.Started]);

        var english = await PageAsync("en-US,en;q=0.8");
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">started</th><td>2</td><td>100 %</td></tr>", english, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">routed to self-serve</th><td>1</td><td>50 %</td></tr>", english, StringComparison.Ordinal);
        var german = await PageAsync("de-AT,de;q=0.9");
        Assert.Contains("<html lang=\"de\"", german, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">begonnen</th><td>2</td><td>100 %</td></tr>", german, StringComparison.Ordinal);
        Assert.Contains("je Schritt, bevor es einen Vorgang gibt", german, StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, long>> CountsAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var counts = await Host.Services.GetRequiredService<ConversationFunnel>().CountAsync(today.AddDays(-1), today.AddDays(1), CancellationToken.None);
        return counts.ToDictionary(c => c.Step, c => c.Conversations);
    }

    private async Task<string> PageAsync(string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ops/funnel");
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await Host.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
