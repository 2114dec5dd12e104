using System.Globalization;
using System.Text.Json;
using Khulnasoft.Sandbox.Wire;

namespace Khulnasoft.Sandbox.Api;

/// <summary>Envelope, pagination, bearer check and error mapping shared by the sandbox API endpoints.</summary>
internal static class SandboxApi
{
    public const int DefaultPerPage = 20;
    public const int MaxPerPage = 100;

    /// <summary>snake_case like the client; nulls written (the envelope always has <c>result</c>).</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static IResult Ok<T>(T result) =>
        Results.Json(new Envelope<T>(true, [], [], result, null), Json);

    public static IResult Error(int statusCode, string code, string message, object? result = null) =>
        Results.Json(new Envelope<object>(false, [new ApiMessage(code, message)], [], result, null), Json, statusCode: statusCode);

    /// <summary>One page of <paramref name="all"/> as chosen by <c>page</c> and <c>per_page</c>.</summary>
    public static IResult Page<T>(HttpRequest request, IReadOnlyList<T> all)
    {
        var page = ReadInt(request, "page", 1);
        var perPage = ReadInt(request, "per_page", DefaultPerPage);
        if (page < 1 || perPage < 1 || perPage > MaxPerPage)
        {
            throw new SandboxApiException(400, ErrorCodes.InvalidRequest, $"page must be >= 1 and per_page between 1 and {MaxPerPage}.");
        }

        var items = all.Skip((page - 1) * perPage).Take(perPage).ToList();
        return Results.Json(new Envelope<IReadOnlyList<T>>(true, [], [], items, new ResultInfo(page, perPage, items.Count, all.Count)), Json);
    }

    /// <summary>Requires <c>Authorization: Bearer {Sandbox:ServiceToken}</c> and turns <see cref="SandboxApiException"/> into envelopes.</summary>
    public static async ValueTask<object?> Filter(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var token = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<SandboxOptions>>().Value.ServiceToken;
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ||
            !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), System.Text.Encoding.UTF8.GetBytes(token)))
        {
            return Error(401, ErrorCodes.Unauthorized, "A valid bearer service token is required.");
        }

        try
        {
            return await next(context).ConfigureAwait(false);
        }
        catch (SandboxApiException e)
        {
            return Error(e.StatusCode, e.Code, e.Message, e.Result);
        }
    }

    public static string? Query(HttpRequest request, string name)
    {
        var value = request.Query[name].ToString();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public static string? IdempotencyKey(HttpRequest request)
    {
        var value = request.Headers["Idempotency-Key"].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private static int ReadInt(HttpRequest request, string name, int fallback)
    {
        var raw = Query(request, name);
        if (raw is null)
        {
            return fallback;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new SandboxApiException(400, ErrorCodes.InvalidRequest, $"{name} must be a number.");
    }
}
