namespace Khulnasoft.Bot.Tests.Handoff;

/// <summary>A Teams user: their 29: id, display name and Entra object id.</summary>
public sealed record TestPerson(string TeamsId, string Name, string AadObjectId);
