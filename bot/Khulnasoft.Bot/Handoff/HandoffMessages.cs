using System.Globalization;
using Khulnasoft.Bot.Localization;
using Khulnasoft.Cards.Handoff;
using Microsoft.Extensions.Localization;

namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// What the handoff says to the user and to agents, in the current culture (<c>HandoffMessages.resx</c> and its
/// siblings). A text for the user sent from another turn (an agent's, a job's) is built with <see cref="ForUser{T}"/>,
/// in the language recorded on the handoff; a text for an agent follows the agent's own turn.
/// </summary>
public static class HandoffMessages
{
    private static readonly IStringLocalizer L = Localized.For(typeof(HandoffMessages));

    /// <summary>Said after a hand-back when no <see cref="ConversationHooks.IConversationResumer"/> is registered.</summary>
    public static string BackWithoutResumer => L["BackWithoutResumer"];

    public static string StillQueued => L["StillQueued"];

    public static string UserCancelled => L["UserCancelled"];

    public static string ButtonsPaused => L["ButtonsPaused"];

    public static string NoLongerOpen => L["NoLongerOpen"];

    public static string NotOffered => L["NotOffered"];

    public static string NotYours => L["NotYours"];

    public static string TeamsOnly => L["TeamsOnly"];

    public static string PickTransferTarget => L["PickTransferTarget"];

    public static string HandedBackToAgent => L["HandedBackToAgent"];

    public static string ClosedToAgent => L["ClosedToAgent"];

    public static string HubCompletedToAgent => L["HubCompletedToAgent"];

    public static string ExternalHubFailed => L["ExternalHubFailed"];

    public static string BackWithBot => L["BackWithBot"];

    public static string AgentOnline => L["AgentOnline"];

    /// <summary>To an agent who sent something other than text (an attachment, a card) into the user's conversation.</summary>
    public static string OnlyTextPassedOn => L["OnlyTextPassedOn"];

    /// <summary>Shown when the user's company is not known yet (they asked for a human before choosing an account).</summary>
    public static string UnknownCompany => L["UnknownCompany"];

    /// <summary>How the external hub's agent is named on the cards.</summary>
    public static string ExternalAgent => L["ExternalAgent"];

    /// <summary>
    /// Builds a text for the user in the language of their turn that started the handoff
    /// (<see cref="HandoffRecord.Culture"/>; English for a handoff stored before it was recorded), whatever turn sends it.
    /// </summary>
    public static T ForUser<T>(HandoffRecord record, Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(record);
        return In(record.Culture, build);
    }

    /// <summary>Builds a text or card in <paramref name="culture"/> (English when it is not a language the bot speaks), then restores the current culture.</summary>
    public static T In<T>(string? culture, Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        var (ui, formatting) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            var language = SupportedCultures.Match(culture) ?? SupportedCultures.English;
            CultureInfo.CurrentUICulture = language;
            CultureInfo.CurrentCulture = SupportedCultures.Specific(culture) is { } specific && SupportedCultures.Match(specific.Name) == language ? specific : language;
            return build();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formatting);
        }
    }

    /// <summary>Speaks the handoff's language (<see cref="HandoffRecord.Culture"/>) for the rest of the calling async method (a turn continued for the user).</summary>
    public static void UseLanguageOf(HandoffRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        TurnCulture.UseRecorded(record.Culture);
    }

    public static string AskedCsm(HandoffAgent csm) => L["AskedCsm", csm.Name];

    public static string AskedSupport(int agents) => agents == 1 ? L["AskedSupportOne"] : L["AskedSupportMany"];

    public static string AlreadyQueued(HandoffRecord record) => L["AlreadyQueued", Either(record)];

    public static string AlreadyChatting(HandoffAgent agent) => L["AlreadyChatting", agent.Display];

    /// <summary>"You are now chatting with Mike (Customer Success)".</summary>
    public static string Joined(HandoffAgent agent) => L["Joined", agent.Display];

    public static string FromAgent(HandoffAgent agent) => agent.FirstName + ": ";

    public static string FromUser(HandoffRecord record) => record.UserName + ": ";

    public static string HandedBack(HandoffAgent agent) => L["HandedBack", agent.FirstName];

    public static string Closed(HandoffAgent agent) => L["Closed", agent.FirstName, BackWithBot];

    public static string Transferring(HandoffAgent from, HandoffAgent to) => L["Transferring", from.FirstName, to.Display];

    public static string TransferredToAgent(HandoffAgent to) => L["TransferredToAgent", to.Name];

    public static string TransferUnreachable(HandoffAgent to) => L["TransferUnreachable", to.Name];

    public static string Taken(HandoffAgent agent) => agent.IsExternal ? L["TakenExternal"] : L["Taken", agent.Name];

    public static string AcceptedToAgent(HandoffRecord record) => L["AcceptedToAgent", record.UserName];

    public static string TimedOut(string? email, string followUpAddress) =>
        email is not null ? L["TimedOutWithEmail", email] : L["TimedOutWithoutEmail", followUpAddress];

    public static string HubFailedStillWaiting(HandoffRecord record) => L["HubFailedStillWaiting", ExternalHubFailed, Either(record)];

    /// <summary>"Cora at Contract Co needs help deleting their account — contract account".</summary>
    public static string Headline(HandoffRecord record) =>
        record.CompanyName is { Length: > 0 } company
            ? L["HeadlineAtCompany", record.UserName, company, ReasonText(record.Reason)]
            : L["Headline", record.UserName, ReasonText(record.Reason)];

    public static string ReasonText(HandoffReason reason) => reason switch
    {
        HandoffReason.ContractAccount => L["ReasonContractAccount"],
        HandoffReason.UserAsked => L["ReasonUserAsked"],
        HandoffReason.RepeatedFailures => L["ReasonRepeatedFailures"],
        _ => L["ReasonOther"],
    };

    private static string Either(HandoffRecord record) => string.Join(L["Or"], record.Offers.Select(o => o.Agent.Name));
}
