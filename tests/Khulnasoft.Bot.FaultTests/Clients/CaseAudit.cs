using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Khulnasoft.Bot.FaultTests.Clients;

/// <summary>
/// A deletion case as an operator sees it: <c>GET /ops/cases/{id}/audit</c> (JSON lines: each audit entry, then the
/// chain's verification), with the operator's basic credentials when given (Production), or from loopback in Development.
/// </summary>
public sealed record CaseAudit(IReadOnlyList<JsonObject> Entries, JsonObject Verification)
{
    /// <summary>The audit actions, in order (e.g. <c>deletion.api_called</c>).</summary>
    public IReadOnlyList<string> Actions => [.. Entries.Select(e => e["action"]!.GetValue<string>())];

    /// <summary>The case's state transitions recorded in the audit ("scheduled", "deleting", "deleted", …).</summary>
    public IReadOnlyList<string> States => [.. Entries.Select(e => e["details"]?["to"]?.GetValue<string>()).OfType<string>()];

    /// <summary>The notices marked sent, e.g. <c>Deleted@5:chat</c>, <c>Deleted@5:email</c>.</summary>
    public IReadOnlyList<string> Notices => [.. Entries.Where(e => e["action"]!.GetValue<string>() == "notice.sent").Select(e => e["details"]?["notice"]?.GetValue<string>()).OfType<string>()];

    public bool ChainVerifies => Verification["verification"]?["isValid"]?.GetValue<bool>() == true;

    public static async Task<CaseAudit?> ReadAsync(HttpClient host, string caseId, AuthenticationHeaderValue? credentials = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/ops/cases/{caseId}/audit");
        request.Headers.Authorization = credentials;
        using var response = await host.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        return new CaseAudit(lines[..^1], lines[^1]);
    }

    /// <summary>Polls the audit until <paramref name="done"/> holds (at most <paramref name="timeout"/>).</summary>
    public static async Task<CaseAudit> WaitAsync(HttpClient host, string caseId, Func<CaseAudit, bool> done, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(done);
        using var cancel = new CancellationTokenSource(timeout);
        CaseAudit? audit = null;
        while (!cancel.IsCancellationRequested)
        {
            audit = await ReadAsync(host, caseId);
            if (audit is not null && done(audit))
            {
                return audit;
            }

            await Task.Delay(200, CancellationToken.None);
        }

        throw new Xunit.Sdk.XunitException($"Case {caseId} did not get there within {timeout}: " + string.Join(", ", audit?.Actions ?? []) + " / " + string.Join(" → ", audit?.States ?? []));
    }
}
