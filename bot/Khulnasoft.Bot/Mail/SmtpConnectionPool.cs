using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Mail;

/// <summary>
/// Kept-open MailKit SMTP connections: at most <see cref="MailSmtpOptions.PoolSize"/> of them, each used by one send at
/// a time (a send waits for a free one). A connection idle longer than <see cref="MailSmtpOptions.IdleTimeout"/> is
/// closed and opened again before its next use (servers drop idle clients); one whose send failed is disposed by
/// the sender, not given back.
/// </summary>
internal sealed class SmtpConnectionPool(IOptions<MailOptions> options, TimeProvider timeProvider) : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Stack<(SmtpClient Client, long IdleSince)> _idle = new();
    private readonly SemaphoreSlim _slots = new(options.Value.Smtp.PoolSize, options.Value.Smtp.PoolSize);
    private long _opened;
    private bool _disposed;

    /// <summary>Connections opened so far (for tests and diagnostics).</summary>
    public long Opened => Interlocked.Read(ref _opened);

    /// <summary>Waits for a free slot; the caller must <see cref="Release"/> it.</summary>
    public Task WaitAsync(CancellationToken cancellationToken) => _slots.WaitAsync(cancellationToken);

    public void Release() => _slots.Release();

    /// <summary>A kept-open connection (<c>Reused</c>) when one is idle and fresh enough, else a new one, connected and authenticated.</summary>
    public async Task<(SmtpClient Client, bool Reused)> TakeAsync(CancellationToken cancellationToken)
    {
        while (TryPopIdle() is { } idle)
        {
            if (idle.Client.IsConnected && timeProvider.GetElapsedTime(idle.IdleSince) < options.Value.Smtp.IdleTimeout)
            {
                return (idle.Client, true);
            }

            await CloseAsync(idle.Client).ConfigureAwait(false);
        }

        return (await OpenAsync(cancellationToken).ConfigureAwait(false), false);
    }

    /// <summary>Gives a connection that just sent a mail back for the next send.</summary>
    public void Keep(SmtpClient client)
    {
        lock (_lock)
        {
            if (!_disposed)
            {
                _idle.Push((client, timeProvider.GetTimestamp()));
                return;
            }
        }

        client.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        List<SmtpClient> idle;
        lock (_lock)
        {
            _disposed = true;
            idle = [.. _idle.Select(i => i.Client)];
            _idle.Clear();
        }

        foreach (var client in idle)
        {
            await CloseAsync(client).ConfigureAwait(false);
        }

        _slots.Dispose();
    }

    private (SmtpClient Client, long IdleSince)? TryPopIdle()
    {
        lock (_lock)
        {
            return _idle.TryPop(out var idle) ? idle : null;
        }
    }

    private async Task<SmtpClient> OpenAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        var security = !smtp.UseTls ? SecureSocketOptions.None
            : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken).ConfigureAwait(false);
            Interlocked.Increment(ref _opened);
            if (!string.IsNullOrEmpty(smtp.User))
            {
                await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken).ConfigureAwait(false);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    // A polite QUIT, best effort: the connection is going away either way.
    private static async Task CloseAsync(SmtpClient client)
    {
        try
        {
            if (client.IsConnected)
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await client.DisconnectAsync(quit: true, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or MailKit.ServiceNotConnectedException or SmtpProtocolException or SmtpCommandException)
        {
            // Already gone.
        }
        finally
        {
            client.Dispose();
        }
    }
}
