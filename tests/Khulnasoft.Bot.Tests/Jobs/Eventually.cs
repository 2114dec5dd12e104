namespace Khulnasoft.Bot.Tests.Jobs;

/// <summary>
/// Waits for a condition that background jobs make true; fails with a message instead of hanging. The default wait
/// (150 s) allows for one Hangfire retry of a job that threw on a loaded machine (Hangfire retries after 15-45 s, and
/// a send may first wait out its own timeout); a condition that holds returns at once.
/// </summary>
public static class Eventually
{
    /// <param name="describe">How the last value is told when the wait times out (its <c>ToString()</c> otherwise).</param>
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, int seconds = 150, Func<T, Task<string>>? describe = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        T last = await probe();
        while (!done(last))
        {
            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"Timed out waiting for {what}; last value: {(describe is null ? last : await describe(last))}");
            }

            await Task.Delay(100);
            last = await probe();
        }

        return last;
    }
}
