using Khulnasoft.Manifest;

// dotnet run --project manifest/Khulnasoft.Manifest -- build --app-id <guid> [--bot-id <guid>] [--domain <host>] [--version <semver>] [--output <dir>]
// dotnet run --project manifest/Khulnasoft.Manifest -- icons
// The app id falls back to the MicrosoftAppId environment variable (the bot's own configuration key).
var command = args.Length > 0 ? args[0] : "help";
var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

var manifestDirectory = ManifestPackage.FindManifestDirectory();
switch (command)
{
    case "build":
        var appId = options.GetValueOrDefault("--app-id") ?? Environment.GetEnvironmentVariable("MicrosoftAppId");
        if (string.IsNullOrEmpty(appId))
        {
            Console.Error.WriteLine("build: give --app-id <guid> (or set MicrosoftAppId).");
            return 2;
        }

        try
        {
            var zip = ManifestPackage.Build(
                manifestDirectory,
                options.GetValueOrDefault("--output") ?? Path.Combine(manifestDirectory, "build"),
                appId,
                options.GetValueOrDefault("--bot-id"),
                options.GetValueOrDefault("--domain"),
                options.GetValueOrDefault("--version"));
            Console.WriteLine(zip);
            return 0;
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine("build: " + e.Message);
            return 2;
        }

    case "icons":
        ManifestPackage.DrawIcons(manifestDirectory);
        Console.WriteLine(Path.Combine(manifestDirectory, "color.png"));
        Console.WriteLine(Path.Combine(manifestDirectory, "outline.png"));
        return 0;

    default:
        Console.WriteLine("usage: build --app-id <guid> [--bot-id <guid>] [--domain <host>] [--version <semver>] [--output <dir>] | icons");
        return command == "help" ? 0 : 2;
}
