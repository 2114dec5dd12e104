using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// The optional body of token generate and start conversation: <c>{user:{id,name}, locale}</c>. A user given to
/// token generate (with the secret) is bound into the token; its id must start with <c>dl_</c>, as on Azure.
/// </summary>
public sealed class DirectLineTokenParameters
{
    public ChannelAccount? User { get; set; }

    public IList<string>? TrustedOrigins { get; init; }

    public string? Locale { get; set; }
}
