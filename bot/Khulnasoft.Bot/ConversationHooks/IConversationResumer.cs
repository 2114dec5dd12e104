using Khulnasoft.Bot.Runtime.Turns;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>
/// Brings the user back to where the deletion conversation stood (after a human agent hands the conversation back,
/// or after an approval): re-asks the active step's question, or offers to start when no dialog is active.
/// Call it inside a turn of the user's conversation (for example from <c>ContinueConversationAsync</c>).
/// </summary>
public interface IConversationResumer
{
    Task ResumeAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
