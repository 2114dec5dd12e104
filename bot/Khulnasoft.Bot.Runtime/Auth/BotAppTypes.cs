namespace Khulnasoft.Bot.Runtime.Auth;

/// <summary>Values of <c>MicrosoftAppType</c> (protocol doc §3.4).</summary>
public static class BotAppTypes
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";
}
