namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>Wire values of <see cref="Activity.InputHint"/> (the <c>*Input</c> forms, as the swagger and SDKs use).</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
