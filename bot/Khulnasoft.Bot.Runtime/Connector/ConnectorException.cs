namespace Khulnasoft.Bot.Runtime.Connector;

/// <summary>
/// A Connector call failed: <see cref="StatusCode"/> is the HTTP status (0 when no response came back) and
/// <see cref="Code"/> the Connector's error code (e.g. <c>BadArgument</c>, <c>MessageSizeTooBig</c>).
/// </summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException() { }

    public ConnectorException(string message)
        : base(message) { }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException) { }

    public ConnectorException(int statusCode, string? code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public int StatusCode { get; }

    public string? Code { get; }

    /// <summary>The Connector's <c>X-Correlating-OperationId</c>, to quote when asking the channel's support.</summary>
    public string? OperationId { get; init; }
}
