namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// What the code prompt says when it asks for the code (the template of its prompt): what happened to the code sent to
/// <paramref name="Email"/> or to the last answer, with the numbers that sentence needs.
/// </summary>
internal sealed record CodeQuestion(CodeQuestionKind Said, string Email, int AttemptsLeft = 0, TimeSpan RetryAfter = default);
