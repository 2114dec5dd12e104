namespace Khulnasoft.Bot.Handoff;

/// <summary>Who said a <see cref="TranscriptEntry"/>.</summary>
public static class TranscriptRoles
{
    public const string User = "user";
    public const string Bot = "bot";
    public const string Agent = "agent";
}
