using Khulnasoft.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Receipts;

/// <summary>
/// The absolute address of <c>POST /receipts/verify</c> quoted in the receipt notice (a mail is read outside the host,
/// so a path is no use): <c>Receipts:VerifyUrl</c> as is when absolute, else the path on the address this host listens
/// on (<see cref="ListeningAddress"/>). Resolved on first use, after the server started.
/// </summary>
public sealed class ReceiptVerifyLink(IOptions<ReceiptOptions> options, IServiceProvider services)
{
    private string? resolved;

    public string Url => resolved ??= Resolve(options.Value.VerifyUrl);

    private string Resolve(string configured)
    {
        var absolute = ListeningAddress.Resolve(configured, services, $"{ReceiptOptions.SectionName}:{nameof(ReceiptOptions.VerifyUrl)}").ToString();
        return configured.EndsWith('/') ? absolute : absolute.TrimEnd('/');
    }
}
