namespace Khulnasoft.TestSupport;

/// <summary>Paths inside the repository, found by walking up to KhulnasoftBot.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KhulnasoftBot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KhulnasoftBot.sln not found above " + AppContext.BaseDirectory);
    }
}
