namespace Khulnasoft.Bot;

/// <summary>
/// The bot's log event ids: one range per feature namespace (the table in docs/logging.md). Ids are stable: dashboards
/// and alerts select on them. A test fails when an id lies outside its namespace's range or is used twice in any
/// assembly; a new feature folder gets a free range here and in the table.
/// </summary>
public static class BotLogEvents
{
    public static IReadOnlyList<(string Namespace, int First, int Last)> Ranges { get; } =
    [
        ("Khulnasoft.Bot.BackgroundJobs", 2000, 2099),
        ("Khulnasoft.Bot.Deletion", 3000, 3199),
        ("Khulnasoft.Bot.Accounts", 4100, 4199),
        ("Khulnasoft.Bot.Mail", 4300, 4399),
        ("Khulnasoft.Bot.Invoices", 4400, 4499),
        ("Khulnasoft.Bot.Conversation.Identity", 4600, 4649),
        ("Khulnasoft.Bot.ConversationHooks", 4650, 4699),
        ("Khulnasoft.Bot.Dns", 4700, 4799),
        ("Khulnasoft.Bot.FileDelivery", 4800, 4899),
        ("Khulnasoft.Bot.DataExport", 4900, 4999),
        ("Khulnasoft.Bot.Conversation", 5000, 5099),
        ("Khulnasoft.Bot.Conversation.Steps", 5100, 5199),
        ("Khulnasoft.Bot.Fixes", 5200, 5249),
        ("Khulnasoft.Bot.Audit", 5250, 5259),
        ("Khulnasoft.Bot.Approvals", 6500, 6599),
        ("Khulnasoft.Bot.Teams", 6600, 6699),
        ("Khulnasoft.Bot.Handoff", 7600, 7699),
        ("Khulnasoft.Bot.Ops", 8000, 8099),
        ("Khulnasoft.Bot.Funnel", 8100, 8199),
    ];
}
