using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Khulnasoft.Bot.BrowserTests;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright, which ships axe-core itself: nothing is downloaded) run in the page as it is
/// now. The bar is "no serious or critical violation"; every violation, moderate and minor ones too, is written to
/// <c>axe-{name}.txt</c> next to the screenshots, so a failure says which rule, which element and why.
/// </summary>
public static class Axe
{
    private static readonly HashSet<string> Blocking = new(StringComparer.OrdinalIgnoreCase) { "serious", "critical" };

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string name)
    {
        var result = await page.RunAxe();

        await File.WriteAllLinesAsync(Path.Combine(Screenshots.Directory, "axe-" + name + ".txt"), Describe(result.Violations).DefaultIfEmpty("no violations"));
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact ?? "")).ToList();
        Assert.True(blocking.Count == 0, $"axe found serious or critical violations on {name} ({page.Url}):\n" + string.Join("\n", Describe(blocking)));
        Assert.NotEmpty(result.Passes);
    }

    private static IEnumerable<string> Describe(IEnumerable<AxeResultItem> violations) =>
        violations.SelectMany(v => v.Nodes.Select(n =>
            $"{v.Impact} {v.Id}: {v.Help} — {n.Target} {Shorten(n.Html)} ({Why(n)})"));

    private static string Why(AxeResultNode node) =>
        string.Join("; ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(c => c.Message));

    private static string Shorten(string? html) => html is null ? "" : html.Length <= 200 ? html : html[..200] + "…";
}
