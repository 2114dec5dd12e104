using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.Ops;

/// <summary>Facts about a case the console lists: its route, its age, the legal clock.</summary>
public static class CaseRows
{
    /// <summary>"approval" when the case went through admin approval, otherwise "self-serve" (contract accounts open no case: their CSM handles them).</summary>
    public static string Route(DeletionCase deletionCase)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        return deletionCase.History.Any(h => h.To == DeletionCaseState.AwaitingApproval) ? "approval" : "self-serve";
    }

    /// <summary><see cref="Route"/> in the operator's language.</summary>
    public static string RouteText(DeletionCase deletionCase) => OpsTexts.T(Route(deletionCase) == "approval" ? "RouteApproval" : "RouteSelfServe");

    public static int AgeDays(DeletionCase deletionCase, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(deletionCase);
        return (int)Math.Floor((now - deletionCase.CreatedAt).TotalDays);
    }

    /// <summary>Whole days until the due date (negative: overdue).</summary>
    public static int DaysLeft(DeletionCase deletionCase, DateTimeOffset now) =>
        (int)Math.Floor((ResponseDeadlines.DueAt(deletionCase) - now).TotalDays);
}
