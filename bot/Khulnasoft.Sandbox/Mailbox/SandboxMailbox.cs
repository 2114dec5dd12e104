namespace Khulnasoft.Sandbox.Mailbox;

/// <summary>The mails the sandbox SMTP server received, newest first (in memory, at most 500).</summary>
public sealed class SandboxMailbox
{
    private const int Capacity = 500;
    private readonly Lock gate = new();
    private readonly LinkedList<SandboxMail> mails = new();

    public void Add(SandboxMail mail)
    {
        lock (gate)
        {
            mails.AddFirst(mail);
            if (mails.Count > Capacity)
            {
                mails.RemoveLast();
            }
        }
    }

    public IReadOnlyList<SandboxMail> List()
    {
        lock (gate)
        {
            return [.. mails];
        }
    }
}
