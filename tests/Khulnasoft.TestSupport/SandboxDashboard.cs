namespace Khulnasoft.TestSupport;

/// <summary>A person pressing a button of the sandbox dashboard: a form POST that answers 303 back to the page.</summary>
public static class SandboxDashboard
{
    /// <summary>Submits the form at <paramref name="path"/> (no body) and returns where the 303 sends the browser.</summary>
    public static async Task<string> PostFormAsync(Uri baseAddress, string path)
    {
        using var handlerless = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        using var response = await handlerless.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([]));
        Assert.Equal(System.Net.HttpStatusCode.SeeOther, response.StatusCode);
        return response.Headers.Location!.ToString();
    }
}
