using System.Text;
using System.Text.Json;
using Khulnasoft.Bot.Audit;
using Khulnasoft.Bot.BackgroundJobs;

namespace Khulnasoft.Bot.Deletion;

/// <summary>
/// Operator endpoints, protected like the dashboard: <c>GET /ops/cases/{id}/audit</c> exports a case's audit chain as
/// JSON lines (one entry per line, then a last line <c>{"verification":…}</c>).
/// </summary>
public static class DeletionOpsEndpoints
{
    private static readonly JsonSerializerOptions LineJson = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapDeletionOps(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ops/cases/{caseId}/audit", ExportAuditAsync);
        return app;
    }

    private static async Task<IResult> ExportAuditAsync(string caseId, HttpContext context, OperatorAuthorization authorization, DeletionCaseStore store, CancellationToken cancellationToken)
    {
        if (!authorization.IsAuthorized(context))
        {
            context.Response.Headers.WWWAuthenticate = OperatorAuthorization.Realm;
            return TypedResults.Unauthorized();
        }

        if (!DeletionCaseIds.IsWellFormed(caseId) || await store.GetAsync(caseId, cancellationToken) is not { } deletionCase)
        {
            return TypedResults.NotFound();
        }

        var entries = await store.GetAuditAsync(caseId, cancellationToken);
        var body = new StringBuilder();
        foreach (var entry in entries)
        {
            body.Append(JsonSerializer.Serialize(entry, LineJson)).Append('\n');
        }

        body.Append(JsonSerializer.Serialize(new { caseId, verification = AuditVerifier.Verify(caseId, entries, deletionCase.AuditHead) }, LineJson)).Append('\n');
        return TypedResults.Text(body.ToString(), "application/jsonl", Encoding.UTF8);
    }
}
