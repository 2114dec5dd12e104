namespace Khulnasoft.Bot.FaultTests.Hosts;

/// <summary>The scenarios share one <see cref="FaultLab"/> (started once: four processes take a while on two cores).</summary>
[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<FaultLab>
{
    public const string Name = "fault lab";
}
