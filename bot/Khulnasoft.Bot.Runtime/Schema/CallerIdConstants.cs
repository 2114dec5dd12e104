namespace Khulnasoft.Bot.Runtime.Schema;

/// <summary>Values the adapter puts in <see cref="Activity.CallerId"/> after authenticating a request.</summary>
public static class CallerIdConstants
{
    public const string PublicAzureChannel = "urn:botframework:azure";
    public const string USGovChannel = "urn:botframework:azureusgov";
    public const string BotToBotPrefix = "urn:botframework:aadappid:";
}
