namespace Khulnasoft.Sandbox.Api;

/// <summary>An error answer of the sandbox API; turned into the error envelope by the endpoints.</summary>
internal sealed class SandboxApiException(int statusCode, string code, string message, object? result = null) : Exception(message)
{
    public int StatusCode { get; } = statusCode;

    public string Code { get; } = code;

    public object? Result { get; } = result;
}
