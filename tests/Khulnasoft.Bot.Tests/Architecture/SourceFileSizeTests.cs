using Khulnasoft.TestSupport;

namespace Khulnasoft.Bot.Tests.Architecture;

/// <summary>
/// One concept per file: no product source file (<c>bot/</c>, <c>cards/</c>; generated <c>obj/</c> and <c>bin/</c>
/// output excluded) is longer than <see cref="MaxLines"/> lines. A file that grows past it is split by concept.
/// </summary>
public sealed class SourceFileSizeTests
{
    public const int MaxLines = 350;

    private static readonly string[] ProductFolders = ["bot", "cards"];

    private static List<(string Path, int Lines)> ProductSources() =>
    [
        .. from folder in ProductFolders
           from path in Directory.EnumerateFiles(RepoPaths.Combine(folder), "*.cs", SearchOption.AllDirectories)
           let relative = Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/')
           where !relative.Split('/').Any(part => part is "obj" or "bin")
           select (relative, File.ReadLines(path).Count()),
    ];

    [Fact]
    public void TheScan_FindsTheProductsSources()
    {
        // Guards the size check against passing on an empty list.
        var sources = ProductSources();

        Assert.Contains(sources, s => s.Path == "bot/Khulnasoft.Bot/Program.cs");
        Assert.Contains(sources, s => s.Path.StartsWith("bot/Khulnasoft.Bot.Runtime/", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.Path.StartsWith("bot/Khulnasoft.Sandbox/", StringComparison.Ordinal));
        Assert.Contains(sources, s => s.Path.StartsWith("cards/Khulnasoft.Cards/", StringComparison.Ordinal));
    }

    [Fact]
    public void NoProductSourceFile_IsLongerThan350Lines()
    {
        var offenders = ProductSources().Where(s => s.Lines > MaxLines).OrderByDescending(s => s.Lines)
            .Select(s => $"{s.Path}: {s.Lines} lines").ToList();

        Assert.True(offenders.Count == 0, $"Product source files longer than {MaxLines} lines (split them by concept):\n" + string.Join("\n", offenders));
    }
}
