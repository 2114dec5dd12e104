using System.Text.Json.Serialization;

namespace Khulnasoft.Sandbox.Wire;

/// <summary>
/// The envelope of every answer, errors included: <c>success</c>, <c>errors</c>, <c>messages</c>, <c>result</c> and,
/// on list endpoints only, <c>result_info</c>.
/// </summary>
internal sealed record Envelope<T>(
    bool Success,
    IReadOnlyList<ApiMessage> Errors,
    IReadOnlyList<ApiMessage> Messages,
    T? Result,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ResultInfo? ResultInfo);
