namespace Khulnasoft.Bot.Accounts;

/// <summary>Pagination info of the API envelope.</summary>
public sealed record ResultInfo(int Page, int PerPage, int Count, int TotalCount);
