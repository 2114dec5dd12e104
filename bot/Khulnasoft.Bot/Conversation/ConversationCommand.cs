namespace Khulnasoft.Bot.Conversation;

/// <summary>The requests a user can make at any point (see <see cref="ConversationPhrases"/>).</summary>
public enum ConversationCommand
{
    None,
    StartDeletion,
    Status,
    Undo,
    History,
    TalkToHuman,
    Help,
    Cancel,
    DataExport,
}
