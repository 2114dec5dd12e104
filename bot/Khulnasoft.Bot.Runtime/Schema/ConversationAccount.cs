using System.Text.Json;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>The conversation an activity belongs to. Required on every activity (A2080).</summary>
public sealed class ConversationAccount
{
    public ConversationAccount() { }

    public ConversationAccount(string? id, string? name = null, bool? isGroup = null, string? conversationType = null, string? tenantId = null)
    {
        Id = id;
        Name = name;
        IsGroup = isGroup;
        ConversationType = conversationType;
        TenantId = tenantId;
    }

    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }

    /// <summary>Channel-defined; Teams uses <c>personal</c>, <c>groupChat</c> and <c>channel</c>.</summary>
    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>A deep copy: nothing mutable is shared with the original (<see cref="Activity.Clone"/> uses it).</summary>
    internal ConversationAccount Copy()
    {
        var copy = (ConversationAccount)MemberwiseClone();
        copy.Properties = SchemaCopy.Of(Properties);
        return copy;
    }
}
