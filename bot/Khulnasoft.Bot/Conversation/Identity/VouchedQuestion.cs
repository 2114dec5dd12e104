namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>What the identity card asks (the template of its prompt): whether the vouched <paramref name="Email"/> is
/// the account meant, for <paramref name="Purpose"/>; <paramref name="CardId"/> stays the same whenever it is asked again.</summary>
internal sealed record VouchedQuestion(string Email, IdentityPurpose Purpose, string CardId);
