namespace Khulnasoft.Bot.Runtime.Prompts;

/// <summary>What a prompt recognised in the user's answer.</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }
}
