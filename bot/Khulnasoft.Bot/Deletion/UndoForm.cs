namespace Khulnasoft.Bot.Deletion;

/// <summary>The anti-forgery field the undo page's form posts back (name and request token).</summary>
public sealed record UndoForm(string FieldName, string Token);
