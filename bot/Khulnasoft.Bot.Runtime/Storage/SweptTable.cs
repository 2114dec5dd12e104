namespace Khulnasoft.Bot.Runtime.Storage;

/// <summary>
/// Gives a swept table's room back. A dictionary never shrinks by itself, so a table that held a burst (its rate times
/// the TTL) keeps the burst's arrays for the life of the process; after a sweep that left it mostly empty it is trimmed
/// to twice what it holds, which leaves room to grow again without a resize on the next few writes.
/// </summary>
internal static class SweptTable
{
    /// <summary>Trims <paramref name="table"/> when it holds less than a quarter of its room.</summary>
    public static void Shrink<TKey, TValue>(Dictionary<TKey, TValue> table)
        where TKey : notnull
    {
        if (table.Count < table.Capacity / 4)
        {
            table.TrimExcess(table.Count * 2);
        }
    }
}
