using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>The <c>value</c> of a Teams <c>fileConsent/invoke</c>: accept (with upload info) or decline.</summary>
public sealed class FileConsentCardResponse
{
    public string? Type { get; set; }

    /// <summary><c>accept</c> or <c>decline</c>.</summary>
    public string? Action { get; set; }

    public JsonNode? Context { get; set; }
    public FileUploadInfo? UploadInfo { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

/// <summary>Where to upload an accepted file (a OneDrive upload session) and where it will be.</summary>
public sealed class FileUploadInfo
{
    public string? Name { get; set; }
    public string? UploadUrl { get; set; }
    public string? ContentUrl { get; set; }
    public string? UniqueId { get; set; }
    public string? FileType { get; set; }
    public string? Etag { get; set; }
}
