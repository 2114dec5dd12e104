namespace Khulnasoft.Bot.Runtime.Dialogs;

/// <summary>Why a dialog is begun, resumed or ended (protocol doc §7.2).</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
    NextCalled,
}
