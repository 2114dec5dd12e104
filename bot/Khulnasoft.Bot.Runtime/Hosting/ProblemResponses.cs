using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Khulnasoft.Bot.Runtime.Hosting;

/// <summary>Writes RFC 9457 <c>application/problem+json</c> answers for requests the endpoint refuses.</summary>
internal static class ProblemResponses
{
    public const string ContentType = "application/problem+json";

    public static async Task WriteAsync(HttpResponse response, int status, string title, string detail, string? field, CancellationToken cancellationToken)
    {
        var problem = new JsonObject
        {
            ["type"] = "about:blank",
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
        };
        if (field is not null)
        {
            problem["field"] = field;
        }

        response.StatusCode = status;
        response.ContentType = ContentType;
        await response.WriteAsync(problem.ToJsonString(JsonOptions), cancellationToken).ConfigureAwait(false);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
