using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>
/// The synchronous answer to an invoke: the HTTP status and body. Never serialized as such; the adapter writes
/// <see cref="Status"/> as the HTTP status and <see cref="Body"/> as the JSON body.
/// </summary>
public sealed class InvokeResponse
{
    public InvokeResponse() { }

    public InvokeResponse(int status, JsonNode? body = null)
    {
        Status = status;
        Body = body;
    }

    public int Status { get; set; }
    public JsonNode? Body { get; set; }
}
