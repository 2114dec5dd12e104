namespace Khulnasoft.Bot.BrowserTests;

/// <summary>Where screenshots go: tests/Khulnasoft.Bot.BrowserTests/TestResults/screenshots (or $BROWSER_SCREENSHOTS).</summary>
public static class Screenshots
{
    public static string Directory { get; } = Create();

    public static string PathFor(string name) => Path.Combine(Directory, name + ".png");

    private static string Create()
    {
        var directory = Environment.GetEnvironmentVariable("BROWSER_SCREENSHOTS")
            ?? Khulnasoft.TestSupport.RepoPaths.Combine("tests", "Khulnasoft.Bot.BrowserTests", "TestResults", "screenshots");
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }
}
