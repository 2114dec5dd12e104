namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>Why a request body is not a readable activity: the field at fault (null for the body as a whole) and a sentence for the client.</summary>
internal readonly record struct ActivityReadError(string? Field, string Detail);
