using Microsoft.Playwright;

namespace Khulnasoft.TestSupport;

/// <summary>
/// The system Chromium driven by Playwright. Playwright's own browser download never runs (it fails offline):
/// the launch names <c>/usr/bin/chromium</c> and the headless flags from real-clients.md. Playwright gives every
/// launch a fresh temporary profile, which replaces <c>--user-data-dir</c>.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException("Chromium is not installed at /usr/bin/chromium. Run ./tests/run.sh (it installs it) or `apt-get install -y chromium`.");
        }

        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Instance is not null)
        {
            await Instance.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
