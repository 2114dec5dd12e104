using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Khulnasoft.Bot.Runtime.Diagnostics;
using Khulnasoft.Bot.Runtime.Schema;
using Microsoft.Extensions.Logging;

namespace Khulnasoft.Bot.Runtime.Connector;

/// <summary>
/// The Bot Connector REST API v3 over HTTP for one service URL (protocol doc §2). Ids are URL-encoded in paths; the
/// bot's token goes only to this service URL; a 401 forces one token refresh and one retry. Transient failures
/// (429/5xx, honouring <c>Retry-After</c>) are retried by the resilience handler of the named HttpClient.
/// </summary>
public sealed partial class HttpConnectorClient : IConnectorClient
{
    private const string OperationIdHeader = "X-Correlating-OperationId";
    private readonly HttpClient _httpClient;
    private readonly IAppTokenProvider _tokens;
    private readonly string _scope;
    private readonly ILogger _logger;
    private readonly string _baseUrl;

    public HttpConnectorClient(HttpClient httpClient, IAppTokenProvider tokens, string serviceUrl, string scope, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(scope);
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The service URL must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        _httpClient = httpClient;
        _tokens = tokens;
        _scope = scope;
        _logger = logger;
        ServiceUrl = serviceUrl;

        // SDK: add a trailing '/' when missing, then append "v3/...", so exactly one '/' joins them.
        _baseUrl = serviceUrl.TrimEnd('/') + "/";
    }

    public string ServiceUrl { get; }

    public Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendForAsync<ResourceResponse>(HttpMethod.Post, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, "ReplyToActivity", cancellationToken);
    }

    public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendForAsync<ResourceResponse>(HttpMethod.Post, $"v3/conversations/{Escape(conversationId)}/activities", activity, "SendToConversation", cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(activity);
        return SendForAsync<ResourceResponse>(HttpMethod.Put, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, "UpdateActivity", cancellationToken);
    }

    public async Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        using var response = await SendAsync(HttpMethod.Delete, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, "DeleteActivity", cancellationToken).ConfigureAwait(false);
    }

    public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return SendForAsync<ConversationResourceResponse>(HttpMethod.Post, "v3/conversations", parameters, "CreateConversation", cancellationToken);
    }

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return await SendForAsync<List<ChannelAccount>>(HttpMethod.Get, $"v3/conversations/{Escape(conversationId)}/members", null, "GetConversationMembers", cancellationToken).ConfigureAwait(false);
    }

    private static string Escape(string id) => Uri.EscapeDataString(id);

    private async Task<T> SendForAsync<T>(HttpMethod method, string path, object? body, string operation, CancellationToken cancellationToken)
        where T : new()
    {
        using var response = await SendAsync(method, path, body, operation, cancellationToken).ConfigureAwait(false);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return new T();
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, BotJson.Options) ?? new T();
        }
        catch (JsonException ex)
        {
            throw new ConnectorException((int)response.StatusCode, "InvalidResponse", $"The Connector's answer to {operation} is not valid JSON.", ex)
            {
                OperationId = OperationIdOf(response),
            };
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, string operation, CancellationToken cancellationToken)
    {
        var uri = new Uri(_baseUrl + path, UriKind.Absolute);
        using var span = BotTelemetry.StartConnectorCall(operation, uri.Host);
        try
        {
            return await SendTracedAsync(method, uri, body, operation, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            BotTelemetry.Fail(span, e);
            throw;
        }
    }

    private async Task<HttpResponseMessage> SendTracedAsync(HttpMethod method, Uri uri, object? body, string operation, CancellationToken cancellationToken)
    {
        var content = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options);
        var token = await _tokens.GetTokenAsync(_scope, forceRefresh: false, cancellationToken).ConfigureAwait(false);
        var response = await SendOnceAsync(method, uri, content, token, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Unauthorized && token is not null)
        {
            // The token may have been revoked or rotated early: get a fresh one and try exactly once more.
            LogRefreshingToken(_logger, operation);
            response.Dispose();
            token = await _tokens.GetTokenAsync(_scope, forceRefresh: true, cancellationToken).ConfigureAwait(false);
            response = await SendOnceAsync(method, uri, content, token, cancellationToken).ConfigureAwait(false);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ToExceptionAsync(response, operation, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<HttpResponseMessage> SendOnceAsync(HttpMethod method, Uri uri, byte[]? content, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (content is not null)
        {
            request.Content = new ByteArrayContent(content);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        try
        {
            return await _httpClient.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            LogUnreachable(_logger, uri.Host, ex);
            throw new ConnectorException(0, "ServiceUnreachable", "The Connector could not be reached.", ex);
        }
    }

    private async Task<ConnectorException> ToExceptionAsync(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        string? code = null;
        string? message = null;
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (bytes.Length > 0)
            {
                var error = JsonSerializer.Deserialize<ErrorResponse>(bytes, BotJson.Options);
                code = error?.Error?.Code;
                message = error?.Error?.Message;
            }
        }
        catch (JsonException)
        {
            // Not an ErrorResponse (a proxy's HTML page, say): the status alone has to do.
        }

        var operationId = OperationIdOf(response);
        LogCallFailed(_logger, operation, status, code, operationId);
        var text = $"The Connector answered {operation} with {status}{(code is null ? string.Empty : " (" + code + ")")}"
            + (string.IsNullOrEmpty(message) ? "." : ": " + message);
        return new ConnectorException(status, code, text) { OperationId = operationId };
    }

    private static string? OperationIdOf(HttpResponseMessage response) =>
        response.Headers.TryGetValues(OperationIdHeader, out var values) ? values.FirstOrDefault() : null;

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Connector {Operation} failed with {StatusCode} {ErrorCode} (operation id {OperationId})")]
    private static partial void LogCallFailed(ILogger logger, string operation, int statusCode, string? errorCode, string? operationId);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Connector {Operation} answered 401; refreshing the bot's token and retrying once")]
    private static partial void LogRefreshingToken(ILogger logger, string operation);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Connector host {Host} could not be reached")]
    private static partial void LogUnreachable(ILogger logger, string host, Exception exception);
}
