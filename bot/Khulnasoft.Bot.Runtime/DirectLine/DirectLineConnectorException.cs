using Khulnasoft.Bot.Runtime.Schema;

namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// A Connector call the Direct Line channel refused, with the status and error body Azure's Direct Line would
/// return (e.g. 405 <c>BadArgument</c> for update/delete, 413 <c>MessageSizeTooBig</c>).
/// </summary>
public sealed class DirectLineConnectorException : Exception
{
    public DirectLineConnectorException() { }

    public DirectLineConnectorException(string message)
        : base(message) { }

    public DirectLineConnectorException(string message, Exception innerException)
        : base(message, innerException) { }

    public DirectLineConnectorException(int statusCode, string code, string message)
        : base(message)
    {
        StatusCode = statusCode;
        Error = new ErrorResponse(code, message);
    }

    public int StatusCode { get; }

    public ErrorResponse? Error { get; }
}
