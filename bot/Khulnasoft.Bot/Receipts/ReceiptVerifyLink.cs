using Khulnasoft.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace Khulnasoft.Bot.Receipts;

/// <summary>
/// The absolute address of <c>POST /receipts/verify</c> quoted in the receipt notice (a mail is read outside the host,
/// so a path is no use): <c>Receipts:VerifyUrl</c> as is when absolute, else the path on the address this host listens
/// on (<see cref="ListeningAddress"/>, after the server started).
/// </summary>
public sealed class ReceiptVerifyLink(IOptions<ReceiptOptions> options, ListeningAddress listening)
{
    public string Url
    {
        get
        {
            var configured = options.Value.VerifyUrl;
            var absolute = listening.Resolve(configured, $"{ReceiptOptions.SectionName}:{nameof(ReceiptOptions.VerifyUrl)}").ToString();
            return configured.EndsWith('/') ? absolute : absolute.TrimEnd('/');
        }
    }
}
