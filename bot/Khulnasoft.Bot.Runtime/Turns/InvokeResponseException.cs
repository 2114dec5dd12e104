using System.Text.Json.Nodes;
using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.Turns;

/// <summary>Thrown inside an invoke handler to answer the invoke with a specific status and body.</summary>
public sealed class InvokeResponseException : Exception
{
    public InvokeResponseException() { }

    public InvokeResponseException(string message)
        : base(message) { }

    public InvokeResponseException(string message, Exception innerException)
        : base(message, innerException) { }

    public InvokeResponseException(int statusCode, JsonNode? body = null)
        : base($"Invoke answered with {statusCode}.")
    {
        StatusCode = statusCode;
        Body = body;
    }

    public int StatusCode { get; } = 500;

    public JsonNode? Body { get; }

    public InvokeResponse ToInvokeResponse() => new(StatusCode, Body?.DeepClone());
}
