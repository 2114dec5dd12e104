namespace Khulnasoft.Bot.FaultTests.Results;

/// <summary>
/// One scenario's figures: turns completed, turns lost (never answered or not in the state), turns duplicated (run or
/// answered twice), answers with a 5xx status other than the 503 the bot gives on purpose (<c>ServerErrors</c>).
/// </summary>
public sealed record FaultResult(string Scenario, string Load, string Faults, int Turns, int Lost, int Duplicated, int ServerErrors, double Seconds);
