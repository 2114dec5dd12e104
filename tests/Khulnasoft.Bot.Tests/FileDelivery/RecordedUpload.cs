namespace Khulnasoft.Bot.Tests.FileDelivery;

/// <summary>One PUT the <see cref="UploadServer"/> received.</summary>
public sealed record RecordedUpload(string Path, string ContentRange, long? ContentLength, string Authorization, byte[] Body);
