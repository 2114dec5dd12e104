namespace Khulnasoft.Bot.Tests.DataExport;

/// <summary>The files the demo users' exports must hold (seed data of the sandbox).</summary>
public static class ExpectedExports
{
    public static IReadOnlyList<string> For(string userId) => userId switch
    {
        "user_ada" => [.. Common, .. Account("acct_ada_labs", "KS-2026-1101", "KS-2026-1001", "KS-2026-0901")],
        "user_ben" => [.. Common, .. Account("acct_ben", "KS-2025-1207")],
        _ => throw new ArgumentOutOfRangeException(nameof(userId), userId, "no expectation for this user"),
    };

    private static string[] Common => ["README.txt", "profile.json", "memberships.json"];

    private static IEnumerable<string> Account(string accountId, params string[] invoiceNumbers) =>
        [
            .. new[] { "account", "members", "zones", "subscriptions", "registrar-domains", "billing", "invoices" }.Select(f => $"accounts/{accountId}/{f}.json"),
            .. invoiceNumbers.Select(n => $"accounts/{accountId}/invoices/{n}.pdf"),
        ];
}
