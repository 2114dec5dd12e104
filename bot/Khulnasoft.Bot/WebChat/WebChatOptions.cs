namespace Khulnasoft.Bot.WebChat;

/// <summary>
/// What the Web Chat page offers. Not bound from configuration: only sandbox mode (the host's composition) turns the
/// demo users on, so no setting can hand out demo-user tokens where the sandbox does not run.
/// </summary>
public sealed class WebChatOptions
{
    /// <summary>The "signed in as" picker of demo users, and Direct Line tokens bound to them.</summary>
    public bool DemoUsers { get; set; }
}
