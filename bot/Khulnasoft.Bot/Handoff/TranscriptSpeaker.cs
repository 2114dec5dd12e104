namespace Khulnasoft.Bot.Handoff;

/// <summary>
/// Who the bot speaks for in this turn (turn state <see cref="TranscriptRecorder.SpeakerKey"/>): a relayed agent
/// message is recorded as the agent's, without the "Mike: " prefix the user sees.
/// </summary>
public sealed record TranscriptSpeaker(string Role, string Name, string Prefix);
