using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// Every Redis key and channel of the Direct Line store, spelled in one place. The conversation id sits in a hash
/// tag so one conversation's keys share a cluster slot (the append script touches several).
/// </summary>
public sealed class DirectLineRedisKeys(IOptions<DirectLineOptions> options)
{
    private readonly string _prefix = options.Value.RedisKeyPrefix;

    public RedisKey Conversation(string conversationId) => $"{_prefix}conv:{{{conversationId}}}";

    public RedisKey MembersAdded(string conversationId) => $"{_prefix}conv:{{{conversationId}}}:members";

    public RedisKey Sequence(string conversationId) => $"{_prefix}conv:{{{conversationId}}}:seq";

    public RedisKey Activities(string conversationId) => $"{_prefix}conv:{{{conversationId}}}:activities";

    public RedisKey Attachment(string attachmentId) => $"{_prefix}att:{attachmentId}";

    /// <summary>Pub/sub channel: each message is the id of a conversation that got a new activity.</summary>
    public RedisChannel Appended => RedisChannel.Literal($"{_prefix}appended");
}
