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
        var problem = Create(status, title, detail, field);
        response.StatusCode = status;
        response.ContentType = ContentType;
        await response.WriteAsync(problem.ToJsonString(JsonOptions), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The problem object: <c>type</c>, <c>title</c>, <c>status</c>, <c>detail</c> and, when given, the <c>field</c> at fault.</summary>
    public static JsonObject Create(int status, string title, string detail, string? field)
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

        return problem;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
