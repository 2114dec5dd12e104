using Khulnasoft.Bot.Mail;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>A queued one-time code mail and what the code is for (for logs).</summary>
public sealed record CodeMail(OutgoingMail Mail, string Purpose);
