using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Turns;
using Khulnasoft.Cards.Handoff;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// When the conversation asks for a human: the user said "talk to a human", or the bot did not understand them
/// <c>Conversation:FailuresBeforeHuman</c> times in a row. The agent gets the context (<see cref="HandoffContextBuilder"/>);
/// when nobody can take it, the user is told how they will hear from support.
/// </summary>
public sealed class HumanHandoff(
    ConversationAccessors accessors, IHandoffRequests handoff, HandoffContextBuilder handoffContext, IOptions<ConversationOptions> options)
{
    public async Task TalkToHumanAsync(ITurnContext turnContext, HandoffReason reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var identity = await accessors.GetVerifiedAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var name = identity?.Name ?? turnContext.Activity.From?.Name ?? "A user";
        var request = await handoffContext.BuildAsync(reason, name, identity, null, null, "Asked for a human", cancellationToken).ConfigureAwait(false);
        var outcome = await handoff.RequestAsync(turnContext, request, cancellationToken).ConfigureAwait(false);
        if (!outcome.AgentAvailable)
        {
            await turnContext.SendActivityAsync(ConversationTexts.NoSupportAvailable
                + (identity is null ? ConversationTexts.TellUsYourEmail : ConversationTexts.FollowUpByEmail(identity.Email)),
                cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A contract account's deletion goes to its Customer Success Manager, with the plan as the agent's context.</summary>
    public async Task<HandoffStartOutcome> ToCustomerSuccessAsync(
        ITurnContext turnContext, VerifiedIdentity identity, DeletionPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(identity);
        var request = await handoffContext.BuildAsync(HandoffReason.ContractAccount, identity.Name, identity, plan, null,
            "Customer Success (contract account)", cancellationToken).ConfigureAwait(false);
        return await handoff.RequestAsync(turnContext, request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An answer the bot did not understand: the fallback, or a human after too many in a row.</summary>
    public async Task MisunderstoodAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var count = await accessors.Misunderstood.GetAsync(turnContext, () => 0, cancellationToken).ConfigureAwait(false) + 1;
        await accessors.Misunderstood.SetAsync(turnContext, count, cancellationToken).ConfigureAwait(false);
        if (count >= options.Value.FailuresBeforeHuman)
        {
            await accessors.Misunderstood.SetAsync(turnContext, 0, cancellationToken).ConfigureAwait(false);
            await turnContext.SendActivityAsync(ConversationTexts.TroubleUnderstanding,
                cancellationToken: cancellationToken).ConfigureAwait(false);
            await TalkToHumanAsync(turnContext, HandoffReason.RepeatedFailures, cancellationToken).ConfigureAwait(false);
            return;
        }

        await turnContext.SendActivityAsync(KhulnasoftActivityHandler.Fallback, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The dialog took the answer: the count of misunderstood answers starts again.</summary>
    public Task UnderstoodAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        accessors.Misunderstood.SetAsync(turnContext, 0, cancellationToken);
}
