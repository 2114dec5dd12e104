using Khulnasoft.Bot.Conversation.Steps;
using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Bot.DataExport;
using Khulnasoft.Bot.Runtime.Dialogs;

namespace Khulnasoft.Bot.Conversation;

/// <summary>
/// "Send me a copy of my data" (or the invoices card's button), in any personal conversation: first the user proves
/// who they are (<see cref="IdentifyStep"/>: the identity verified earlier in this conversation is reused), then the
/// copy is offered as the channel allows (<see cref="IDataExportDelivery"/>). Begun on top of whatever dialog is
/// active; when it ends, that dialog asks its question again.
/// </summary>
public sealed class DataExportDialog : ComponentDialog
{
    public new const string Id = "dataExport";

    private readonly IDataExportDelivery _exports;

    public DataExportDialog(IdentifyStep identify, IDataExportDelivery exports)
        : base(Id)
    {
        _exports = exports;
        AddDialog(new WaterfallDialog("dataExportSteps", [(step, ct) => step.BeginDialogAsync(IdentifyStep.Id, null, ct), SendAsync]));
        AddDialog(identify);
        InitialDialogId = "dataExportSteps";
    }

    private async Task<DialogTurnResult> SendAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.GetResult<VerifiedIdentity>() is { } identity)
        {
            // The delivery tells the user what it did, or why it could not make the copy.
            await _exports.SendAsync(step.Context, identity.UserId, cancellationToken).ConfigureAwait(false);
        }

        return await step.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
    }
}
