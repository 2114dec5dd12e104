using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.ConversationHooks;

/// <summary>One card click: the action name, the action's whole <c>data</c> object (user inputs merged in), and
/// whether it came as a Teams invoke (Action.Execute) that expects an answer in place.</summary>
public sealed record CardActionRequest(string Action, JsonObject Data, bool IsInvoke);
