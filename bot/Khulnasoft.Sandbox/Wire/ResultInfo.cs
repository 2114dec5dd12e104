namespace Khulnasoft.Sandbox.Wire;

/// <summary>Pagination of a list answer.</summary>
internal sealed record ResultInfo(int Page, int PerPage, int Count, int TotalCount);
