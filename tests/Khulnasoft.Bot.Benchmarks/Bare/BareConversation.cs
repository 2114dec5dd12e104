using Khulnasoft.Bot.Benchmarks.Runtime;

namespace Khulnasoft.Bot.Benchmarks.Bare;

/// <summary>The baseline's per-conversation state: which question comes next, and the answers so far.</summary>
internal sealed class BareConversation
{
    private readonly Lock _gate = new();
    private int _step;
    private string _email = string.Empty;
    private string _plan = string.Empty;

    public string Advance(string text)
    {
        lock (_gate)
        {
            switch (_step)
            {
                case 0:
                    _step = 1;
                    return PlanDialog.EmailQuestion;
                case 1 when !text.Contains('@', StringComparison.Ordinal):
                    return PlanDialog.EmailRetry;
                case 1:
                    _email = text;
                    _step = 2;
                    return PlanDialog.PlanQuestion + " (1) Basic, (2) Pro, or (3) Enterprise";
                case 2:
                    _plan = text;
                    _step = 3;
                    return $"Confirm: the account {_email} is on the {_plan} plan? (1) Yes or (2) No";
                default:
                    _step = 0;
                    return $"email={_email}, plan={_plan}, confirmed=yes";
            }
        }
    }
}
