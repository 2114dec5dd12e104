using System.Threading.Channels;
using Khulnasoft.Bot.Mail;

namespace Khulnasoft.Bot.Conversation.Identity;

/// <summary>
/// The in-process queue of one-time code mails, sent by <see cref="CodeMailDispatcher"/>. Queuing instead of sending
/// inside the turn makes asking for a code take the same time whether or not the address belongs to a user (an SMTP
/// round trip would tell them apart). A mail still queued when the process stops is lost; the user can ask again.
/// </summary>
public sealed class CodeMailOutbox(ILogger<CodeMailOutbox> logger)
{
    /// <summary>Mails waiting at most; beyond that new ones are dropped (and logged) rather than block turns.</summary>
    public const int Capacity = 1000;

    private readonly Channel<CodeMail> _queue = Channel.CreateBounded<CodeMail>(new BoundedChannelOptions(Capacity)
    {
        FullMode = BoundedChannelFullMode.Wait, // with TryWrite: refuse when full, so the drop is seen and logged
    });

    public ChannelReader<CodeMail> Reader => _queue.Reader;

    public void Enqueue(OutgoingMail mail, string purpose)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!_queue.Writer.TryWrite(new CodeMail(mail, purpose)))
        {
            IdentityLog.CodeMailDropped(logger, purpose, Capacity);
        }
    }
}
