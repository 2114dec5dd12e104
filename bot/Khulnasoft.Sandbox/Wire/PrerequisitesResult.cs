namespace Khulnasoft.Sandbox.Wire;

/// <summary>The <c>result</c> of a 409 <c>prerequisites_unmet</c> answer.</summary>
internal sealed record PrerequisitesResult(IReadOnlyList<UnmetPrerequisite> UnmetPrerequisites);
