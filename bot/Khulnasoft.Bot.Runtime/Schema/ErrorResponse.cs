using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>The Connector's error body: <c>{"error": {"code", "message", "innerHttpError"}}</c>.</summary>
public sealed class ErrorResponse
{
    public ErrorResponse() { }

    public ErrorResponse(string code, string message) => Error = new Error { Code = code, Message = message };

    public Error? Error { get; set; }
}

/// <summary>The inner object of an <see cref="ErrorResponse"/>.</summary>
public sealed class Error
{
    public string? Code { get; set; }
    public string? Message { get; set; }
    public InnerHttpError? InnerHttpError { get; set; }
}

/// <summary>The HTTP status and body of a failed downstream call, as the Connector reports it.</summary>
public sealed class InnerHttpError
{
    public int StatusCode { get; set; }
    public JsonNode? Body { get; set; }
}
