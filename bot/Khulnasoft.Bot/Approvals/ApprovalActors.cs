using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.Approvals;

/// <summary>Actor names the approvals feature records in the case's history and audit.</summary>
public static class ApprovalActors
{
    /// <summary>The bot acting for the requester (sending the request).</summary>
    public const string Bot = "bot:approvals";

    /// <summary>The reminder, expiry and follow-up jobs.</summary>
    public const string Job = "job:approvals";

    /// <summary>A Khulnasoft user (an admin who clicked, or the requester).</summary>
    public static string User(string userId) => DeletionActors.User(userId);

    /// <summary>Someone the channel could not name (the channel id is all the audit knows).</summary>
    public static string Unverified(string channelId) => $"unverified:{(string.IsNullOrEmpty(channelId) ? "unknown" : channelId)}";
}
