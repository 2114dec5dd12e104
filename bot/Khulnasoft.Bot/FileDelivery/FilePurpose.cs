using System.Text;

namespace Khulnasoft.Bot.FileDelivery;

/// <summary>
/// What a signed token or proof is for (<c>invoice</c>, <c>data-export</c>). Each purpose has its own MAC labels, so
/// an invoice link can never be passed off as an export link, nor a consent proof as a link.
/// </summary>
public sealed class FilePurpose
{
    public FilePurpose(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        LinkLabel = Encoding.UTF8.GetBytes($"khulnasoft.{name}-link.v1\n");
        ConsentLabel = Encoding.UTF8.GetBytes($"khulnasoft.{name}-consent.v1\n");
    }

    public string Name { get; }

    internal byte[] LinkLabel { get; }

    internal byte[] ConsentLabel { get; }

    public override string ToString() => Name;
}
