namespace Khulnasoft.Bot.Deletion;

/// <summary>An audit record of a change: the action name and non-personal details (ids, states, counts).</summary>
public sealed record CaseChange(string Action, IReadOnlyDictionary<string, string>? Details = null);
