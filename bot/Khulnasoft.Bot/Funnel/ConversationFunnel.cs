using Khulnasoft.Bot.ConversationHooks;
using Khulnasoft.Cards.Checklist;

namespace Khulnasoft.Bot.Funnel;

/// <summary>The conversation's funnel steps in order (a prerequisite per checklist item kind), counted over a period of UTC days.</summary>
public sealed class ConversationFunnel(IFunnelStore store)
{
    /// <summary>Every step, in funnel order.</summary>
    public static IReadOnlyList<string> Steps { get; } =
    [
        FunnelSteps.Started,
        FunnelSteps.Identified,
        FunnelSteps.RoutedSelfServe,
        FunnelSteps.RoutedApproval,
        FunnelSteps.RoutedCsm,
        FunnelSteps.ChecklistShown,
        .. Enum.GetValues<ChecklistItemKind>().Select(k => FunnelSteps.PrerequisiteDone(k.ToString())),
        FunnelSteps.InvoicesShown,
        FunnelSteps.InvoicesSent,
    ];

    /// <summary>Conversations per step, with a step reached in [<paramref name="from"/>, <paramref name="to"/>] (UTC days, inclusive).</summary>
    public async Task<IReadOnlyList<(string Step, long Conversations)>> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var counts = await store.CountAsync(from, to, cancellationToken).ConfigureAwait(false);
        return [.. Steps.Select(s => (s, counts.GetValueOrDefault(s)))];
    }
}
