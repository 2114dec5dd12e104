namespace Khulnasoft.Sandbox.Tests;

/// <summary>One request the bot's client sent and the sandbox's raw answer to it.</summary>
internal sealed record RecordedExchange(string Method, string Path, string Query, int Status, string? ContentType, string? ContentDisposition, string Body);
