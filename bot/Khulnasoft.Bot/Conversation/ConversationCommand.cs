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

    /// <summary>Resume a paused (blocked) deletion.</summary>
    ResumeBlocked,

    /// <summary>"continue my deletion" / "Löschung fortsetzen" outside a dialog: go on with a deletion left at a later step (or start one).</summary>
    Resume,

    DataExport,
}
