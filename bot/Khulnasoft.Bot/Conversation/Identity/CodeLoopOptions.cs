namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>The begin options of the code loop inside <see cref="IdentityDialog"/>: the normalized address being
/// proven, and what to say when asking for the code (what happened to the last answer). A loop saved before the
/// question was data has no <paramref name="Question"/>; it is only read when a round begins.</summary>
internal sealed record CodeLoopOptions(string Email, CodeQuestion? Question = null);
