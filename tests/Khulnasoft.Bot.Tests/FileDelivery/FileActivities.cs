using System.Text.Json.Nodes;
using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.FileDelivery;

/// <summary>Wire-shaped activities (protocol doc §1, §5.1, §5.5) for the invoice and data export tests.</summary>
public static class FileActivities
{
    public static JsonObject WebChatConversation(string id) => new() { ["id"] = id };

    public static JsonObject TeamsPersonal(string id) =>
        new() { ["id"] = id, ["conversationType"] = "personal", ["tenantId"] = DemoUsers.Tenant };

    public static JsonObject TeamsGroupChat(string id) =>
        new() { ["id"] = id, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = DemoUsers.Tenant };

    public static JsonObject TeamsUser(string id, string aadObjectId) =>
        new() { ["id"] = id, ["name"] = "Teams user", ["aadObjectId"] = aadObjectId };

    /// <summary>A card submit asking the test bot to send <paramref name="userId"/>'s invoices of <paramref name="accountIds"/>.</summary>
    public static JsonObject SendInvoices(string channelId, string serviceUrl, JsonObject conversation, JsonObject from, string userId, params string[] accountIds) =>
        Submit(channelId, serviceUrl, conversation, from, new JsonObject
        {
            ["action"] = "invoices.send",
            ["sendInvoices"] = new JsonObject { ["userId"] = userId, ["accountIds"] = new JsonArray([.. accountIds.Select(a => JsonValue.Create(a))]) },
        });

    /// <summary>A message asking the test bot to send <paramref name="userId"/> a copy of their data.</summary>
    public static JsonObject SendDataExport(string channelId, string serviceUrl, JsonObject conversation, JsonObject from, string userId) =>
        Submit(channelId, serviceUrl, conversation, from, new JsonObject { ["sendDataExport"] = new JsonObject { ["userId"] = userId } });

    private static JsonObject Submit(string channelId, string serviceUrl, JsonObject conversation, JsonObject from, JsonObject value) => new()
    {
        ["type"] = "message",
        ["id"] = "m-" + Guid.NewGuid().ToString("N"),
        ["channelId"] = channelId,
        ["serviceUrl"] = serviceUrl,
        ["conversation"] = conversation.DeepClone(),
        ["from"] = from.DeepClone(),
        ["recipient"] = new JsonObject { ["id"] = channelId == "msteams" ? "28:khulnasoft-bot" : "khulnasoft-bot", ["name"] = "Khulnasoft" },
        ["value"] = value,
    };

    /// <summary>The invoke Teams sends when the user answers a file consent card.</summary>
    public static JsonObject FileConsent(string serviceUrl, JsonObject conversation, JsonObject from, string replyToId, string action, JsonNode? context, JsonObject? uploadInfo)
    {
        var value = new JsonObject { ["type"] = "fileUpload", ["action"] = action, ["context"] = context?.DeepClone() };
        if (uploadInfo is not null)
        {
            value["uploadInfo"] = uploadInfo;
        }

        return new JsonObject
        {
            ["type"] = "invoke",
            ["name"] = "fileConsent/invoke",
            ["id"] = "i-" + Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["conversation"] = conversation.DeepClone(),
            ["from"] = from.DeepClone(),
            ["recipient"] = new JsonObject { ["id"] = "28:khulnasoft-bot", ["name"] = "Khulnasoft" },
            ["replyToId"] = replyToId,
            ["value"] = value,
        };
    }

    /// <summary>The <c>uploadInfo</c> of an accepted consent: where to PUT, and where the file will be.</summary>
    public static JsonObject UploadInfo(string name, string uploadUrl) => new()
    {
        ["name"] = name,
        ["uploadUrl"] = uploadUrl,
        ["contentUrl"] = $"https://contoso-my.sharepoint.com/personal/ada/Documents/Applications/Khulnasoft/{name}",
        ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
        ["fileType"] = "pdf",
        ["etag"] = "\"{1150D938-8870-4044-9F2C-5BBDEBA70C8C},1\"",
    };
}
