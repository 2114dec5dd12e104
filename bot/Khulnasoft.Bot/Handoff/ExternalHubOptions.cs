namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Who the external agent hub is (section <c>Support:ExternalHub</c>): its <c>handoff.status</c> events are the only
/// ones honoured. Empty <see cref="AccountId"/> (the default): no external hub, every such event is refused.
/// </summary>
public sealed class ExternalHubOptions
{
    /// <summary>The <c>from.id</c> of the hub's events on the channel.</summary>
    public string AccountId { get; set; } = "";

    /// <summary>The channel the hub's events arrive on (e.g. <c>msteams</c>, <c>directline</c>); empty: any channel.</summary>
    public string ChannelId { get; set; } = "";
}
