using Khulnasoft.Bot.Conversation.Identity;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.Runtime.Dialogs;

namespace Khulnasoft.Bot.Conversation.Steps;

/// <summary>
/// "Who are you": the identity verified earlier in this conversation while it may be reused, otherwise the
/// <see cref="IdentityDialog"/>. Remembers the identity for the conversation (which restarts the reuse period) and
/// ends with the <see cref="VerifiedIdentity"/>, or with null when the user could not be verified (the identity
/// dialog has already said why).
/// </summary>
public sealed class IdentifyStep : ComponentDialog
{
    public new const string Id = "identify";

    private readonly ConversationAccessors _accessors;

    public IdentifyStep(IdentityDialog identity, ConversationAccessors accessors)
        : base(Id)
    {
        _accessors = accessors;
        AddDialog(new WaterfallDialog("identifySteps", [KnownOrAskAsync, RememberAsync]));
        AddDialog(identity);
        InitialDialogId = "identifySteps";
    }

    private async Task<DialogTurnResult> KnownOrAskAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await _accessors.GetVerifiedAsync(step.Context, cancellationToken).ConfigureAwait(false) is { } known
            ? await step.NextAsync(known, cancellationToken).ConfigureAwait(false)
            : await step.BeginDialogAsync(IdentityDialog.Id, step.Options, cancellationToken).ConfigureAwait(false);

    private async Task<DialogTurnResult> RememberAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<VerifiedIdentity>() is not { } identity)
        {
            return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        await _accessors.SetVerifiedAsync(step.Context, identity, cancellationToken).ConfigureAwait(false);
        return await step.EndDialogAsync(identity, cancellationToken).ConfigureAwait(false);
    }
}
