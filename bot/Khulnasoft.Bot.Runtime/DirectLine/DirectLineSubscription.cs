using System.Threading.Channels;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>One stream's interest in a conversation: woken when an activity is appended on any instance.</summary>
public sealed class DirectLineSubscription : IDisposable
{
    private readonly Channel<bool> _signal = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Action<DirectLineSubscription> _unsubscribe;

    internal DirectLineSubscription(string conversationId, Action<DirectLineSubscription> unsubscribe)
    {
        ConversationId = conversationId;
        _unsubscribe = unsubscribe;
    }

    public string ConversationId { get; }

    internal void Signal() => _signal.Writer.TryWrite(true);

    /// <summary>Waits until something was appended since the last wait (true) or the timeout passed (false).</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (_signal.Reader.TryRead(out _))
        {
            return true;
        }

        using var timeoutSource = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeoutSource.Token, cancellationToken);
        try
        {
            await _signal.Reader.ReadAsync(linked.Token).ConfigureAwait(false);
            return true;
        }
        catch (OperationCanceledException) when (timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public void Dispose() => _unsubscribe(this);
}
