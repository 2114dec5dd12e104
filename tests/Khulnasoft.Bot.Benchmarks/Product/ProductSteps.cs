namespace Khulnasoft.Bot.Benchmarks.Product;

/// <summary>
/// One finished conversation of an anonymous user (emulator channel, nobody vouched for): what the user says at each
/// step and a part of what the replies must contain. identity = the right one-time code (then the blast radius and the
/// checklist); re-check = the checklist read again from the account API; cancel ends the conversation.
/// </summary>
public static class ProductSteps
{
    public static readonly string[] Names = ["start", "email", "identity", "re-check", "cancel"];

    public const int Code = 2;

    public static string Say(int step, string address, string code) => step switch
    {
        0 => "delete my account",
        1 => address,
        2 => code,
        3 => "re-check",
        _ => "cancel",
    };

    public static string Expect(int step, string address) => step switch
    {
        0 => "email address of the Khulnasoft account",
        1 => "If an account exists for " + address,
        2 => "0 of 1 required steps done",
        3 => "0 of 1 required steps done",
        _ => "Nothing was deleted",
    };
}
