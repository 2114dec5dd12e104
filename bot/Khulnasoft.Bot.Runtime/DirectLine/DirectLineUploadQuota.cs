namespace Khulnasoft.Bot.Runtime.DirectLine;

/// <summary>
/// The answer of <see cref="IDirectLineStore.TryReserveUploadAsync"/>: whether the upload was counted against the
/// conversation's quota, and when the quota's window ends (its counters start again from zero).
/// </summary>
public readonly record struct DirectLineUploadQuota(bool Granted, TimeSpan ResetsIn);
