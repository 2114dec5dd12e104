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

    /// <summary>Hash <c>{files, bytes}</c>: the conversation's upload quota used so far; expires when its window ends.</summary>
    public RedisKey Uploads(string conversationId) => $"{_prefix}conv:{{{conversationId}}}:uploads";

    public RedisKey Attachment(string attachmentId) => $"{_prefix}att:{attachmentId}";

    /// <summary>Pub/sub channel: each message is the id of a conversation that got a new activity.</summary>
    public RedisChannel Appended => RedisChannel.Literal($"{_prefix}appended");
}
