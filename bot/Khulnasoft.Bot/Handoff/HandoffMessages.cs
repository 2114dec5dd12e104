using Khulnasoft.Cards.Handoff;

namespace Khulnasoft.Bot.Handoff;

/// <summary>What the handoff says to the user and to agents.</summary>
public static class HandoffMessages
{
    /// <summary>Said after a hand-back when no <see cref="ConversationHooks.IConversationResumer"/> is registered.</summary>
    public const string BackWithoutResumer = "I'm back. Say \"delete my account\" to continue.";

    public const string StillQueued = "You're in the queue — I'll connect you as soon as someone accepts. Anything you write meanwhile, they'll see. "
        + "Say \"cancel\" to stop waiting.";

    public const string UserCancelled = "OK, I've stopped looking for someone. I'm here if you need me — say \"help\" to see what I can do.";

    public const string ButtonsPaused = "You're chatting with a person right now, so buttons are paused. Just write your message here.";

    public const string NoLongerOpen = "This request is no longer open.";

    public const string NotOffered = "This request wasn't offered to you.";

    public const string NotYours = "This conversation isn't yours to change: only the agent who accepted it can.";

    public const string TeamsOnly = "Agents take conversations in Microsoft Teams.";

    public const string PickTransferTarget = "Pick an agent to transfer the conversation to.";

    public const string HandedBackToAgent = "You handed the conversation back to the bot. It continues where the user left off.";

    public const string ClosedToAgent = "You closed the chat. The user is back with the bot.";

    public const string HubCompletedToAgent = "The agent hub ended this conversation; the user is back with the bot.";

    public const string ExternalHubFailed = "Sorry — the agent service couldn't take our conversation.";

    public const string BackWithBot = "You're back with me — say \"help\" to see what I can do, or \"talk to a human\" to try again.";

    public const string AgentOnline = "You're already chatting with another user. Hand that conversation back, transfer it or close it before accepting a new one.";

    public static string AskedCsm(HandoffAgent csm) =>
        $"I've asked {csm.Name}, your Customer Success Manager, to join this chat. I'll connect you as soon as they accept — anything you write meanwhile, they'll see.";

    public static string AskedSupport(int agents) =>
        (agents == 1 ? "I've asked someone from our support team" : "I've asked our support team")
        + " to join this chat — you're in the queue. I'll connect you as soon as someone accepts; anything you write meanwhile, they'll see.";

    public static string AlreadyQueued(HandoffRecord record) =>
        "You're already in the queue for " + string.Join(" or ", record.Offers.Select(o => o.Agent.Name)) + ". I'll connect you as soon as someone accepts.";

    public static string AlreadyChatting(HandoffAgent agent) => "You're already chatting with " + agent.Display + ".";

    /// <summary>"You are now chatting with Mike (Customer Success)".</summary>
    public static string Joined(HandoffAgent agent) => "You are now chatting with " + agent.Display + ".";

    public static string FromAgent(HandoffAgent agent) => agent.FirstName + ": ";

    public static string FromUser(HandoffRecord record) => record.UserName + ": ";

    public static string HandedBack(HandoffAgent agent) => agent.FirstName + " handed the conversation back to me.";

    public static string Closed(HandoffAgent agent) => agent.FirstName + " closed the chat. " + BackWithBot;

    public static string Transferring(HandoffAgent from, HandoffAgent to) =>
        from.FirstName + " is transferring you to " + to.Display + ". I'll connect you as soon as they accept.";

    public static string TransferredToAgent(HandoffAgent to) => $"Transferred: {to.Name} has been asked to take over.";

    public static string TransferUnreachable(HandoffAgent to) => $"I couldn't reach {to.Name} in Teams, so the conversation stays with you.";

    public static string Taken(HandoffAgent agent) => agent.IsExternal ? "An agent of the external hub took this conversation." : agent.Name + " already took this conversation.";

    public static string AcceptedToAgent(HandoffRecord record) =>
        "You're now chatting with " + record.UserName + ". Write here and I'll pass it on; use the buttons on the card (or say \"hand back\" or \"close\") when you're done.";

    public static string TimedOut(string? email, string followUpAddress) =>
        "Sorry — no one from our team could take the chat right now. "
        + (email is not null ? $"We'll follow up by email at {email}. " : $"You can write to {followUpAddress} and we'll follow up by email. ")
        + "Say \"talk to a human\" to try again.";

    public static string HubFailedStillWaiting(HandoffRecord record) =>
        ExternalHubFailed + " I'm still waiting for " + string.Join(" or ", record.Offers.Select(o => o.Agent.Name)) + " to answer.";

    /// <summary>"Cora at Contract Co needs help deleting their account — contract account".</summary>
    public static string Headline(HandoffRecord record) =>
        record.UserName + (record.CompanyName is { Length: > 0 } company ? " at " + company : string.Empty)
        + " needs help deleting their account — " + ReasonText(record.Reason);

    public static string ReasonText(HandoffReason reason) => reason switch
    {
        HandoffReason.ContractAccount => "contract account",
        HandoffReason.UserAsked => "asked for a human",
        HandoffReason.RepeatedFailures => "the bot could not help",
        _ => "needs a human",
    };
}
