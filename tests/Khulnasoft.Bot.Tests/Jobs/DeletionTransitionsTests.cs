using Khulnasoft.Bot.Deletion;

namespace Khulnasoft.Bot.Tests.Jobs;

public sealed class DeletionTransitionsTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TransitionTo_TheWholeHappyPath_IsAllowedAndRecordedWithTimeAndActor()
    {
        var deletionCase = new DeletionCase { CaseId = DeletionCaseIds.New(), UserId = "usr_1" };

        foreach (var state in new[] { DeletionCaseState.AwaitingApproval, DeletionCaseState.Approved, DeletionCaseState.Scheduled, DeletionCaseState.Deleting, DeletionCaseState.Deleted, DeletionCaseState.PurgeScheduled, DeletionCaseState.PurgeBlocked, DeletionCaseState.Purged })
        {
            deletionCase.TransitionTo(state, At, "job:test");
        }

        Assert.Equal(DeletionCaseState.Purged, deletionCase.State);
        Assert.Equal(8, deletionCase.History.Count);
        Assert.All(deletionCase.History, h => Assert.Equal(("job:test", At), (h.Actor, h.At)));
        Assert.Equal(DeletionCaseState.Requested, deletionCase.History[0].From);
    }

    [Theory]
    [InlineData(DeletionCaseState.Requested, DeletionCaseState.Deleting)]
    [InlineData(DeletionCaseState.Scheduled, DeletionCaseState.Deleted)]
    [InlineData(DeletionCaseState.Scheduled, DeletionCaseState.Purged)]
    [InlineData(DeletionCaseState.Deleting, DeletionCaseState.Cancelled)]
    [InlineData(DeletionCaseState.Deleted, DeletionCaseState.Cancelled)]
    [InlineData(DeletionCaseState.Deleted, DeletionCaseState.Scheduled)]
    [InlineData(DeletionCaseState.Purged, DeletionCaseState.Scheduled)]
    [InlineData(DeletionCaseState.Cancelled, DeletionCaseState.Scheduled)]
    [InlineData(DeletionCaseState.PurgeBlocked, DeletionCaseState.Deleting)]
    [InlineData(DeletionCaseState.AwaitingApproval, DeletionCaseState.Scheduled)]
    [InlineData(DeletionCaseState.Rejected, DeletionCaseState.Approved)]
    [InlineData(DeletionCaseState.Expired, DeletionCaseState.Scheduled)]
    public void TransitionTo_AnIllegalChange_ThrowsAndChangesNothing(DeletionCaseState from, DeletionCaseState to)
    {
        var deletionCase = new DeletionCase { CaseId = DeletionCaseIds.New(), UserId = "usr_1", State = from };

        var ex = Assert.Throws<InvalidDeletionTransitionException>(() => deletionCase.TransitionTo(to, At, "job:test"));

        Assert.Equal((from, to), (ex.From, ex.To));
        Assert.Equal(from, deletionCase.State);
        Assert.Empty(deletionCase.History);
    }

    [Theory]
    [InlineData(DeletionCaseState.Scheduled, false, true)]
    [InlineData(DeletionCaseState.AwaitingApproval, false, true)]
    [InlineData(DeletionCaseState.Blocked, false, true)]
    [InlineData(DeletionCaseState.Approved, false, true)]
    [InlineData(DeletionCaseState.Rejected, false, false)]
    [InlineData(DeletionCaseState.Scheduled, true, false)]
    [InlineData(DeletionCaseState.Deleting, true, false)]
    [InlineData(DeletionCaseState.Deleted, true, false)]
    public void CanUndo_OnlyWhileNothingCanHaveBeenDeleted(DeletionCaseState state, bool deleteCalled, bool expected)
    {
        var deletionCase = new DeletionCase { CaseId = DeletionCaseIds.New(), UserId = "usr_1", State = state, DeleteCalled = deleteCalled };

        Assert.Equal(expected, deletionCase.CanUndo);
    }

    [Fact]
    public void New_CaseIds_AreOpaqueAndWellFormed()
    {
        var id = DeletionCaseIds.New();

        Assert.True(DeletionCaseIds.IsWellFormed(id));
        Assert.NotEqual(id, DeletionCaseIds.New());
        Assert.False(DeletionCaseIds.IsWellFormed("del_../../etc"));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(30, 3600)]
    public void RetryDelays_DoubleAndAreCappedAtAnHour(int attempt, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryDelays.For(attempt, TimeSpan.FromSeconds(1)));
    }
}
