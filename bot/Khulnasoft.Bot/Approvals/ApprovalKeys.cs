namespace Khulnasoft.Bot.Approvals;

/// <summary>
/// Storage keys of the approvals feature. None has the shape of bot state keys, so the Redis store keeps them
/// without a TTL (a request lives as long as its case).
/// </summary>
public static class ApprovalKeys
{
    public static string Request(string caseId) => $"approvals/cases/{caseId}";

    /// <summary>The pending requests of an account (a super administrator asks "approval requests").</summary>
    public static string Account(string accountId) => $"approvals/by-account/{accountId}";
}
