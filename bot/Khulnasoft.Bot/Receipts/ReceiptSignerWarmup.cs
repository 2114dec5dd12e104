namespace Khulnasoft.Bot.Receipts;

/// <summary>Loads the signing key when the host starts, so a bad key fails the start rather than a purge.</summary>
internal sealed class ReceiptSignerWarmup(ReceiptSigner signer) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = signer.KeyId;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
