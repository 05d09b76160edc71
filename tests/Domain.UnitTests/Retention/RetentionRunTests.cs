using HsWorks.Domain.Retention;

namespace HsWorks.Domain.UnitTests.Retention;

public sealed class RetentionRunTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_run_shows_its_phase_while_running_and_none_once_completed()
    {
        var run = RetentionRun.Start(Guid.NewGuid(), RetentionTrigger.Manual, Now, new DateOnly(2026, 12, 3), "dpo");
        (run.Status, run.FinishedAt).Should().Be((RetentionRunStatus.Running, (DateTimeOffset?)null));
        run.Phase.Should().BeNull();
        run.Enter(RetentionCategories.Contract);
        run.Purchases += 500;
        run.Phase.Should().Be(RetentionCategories.Contract);
        run.Finish(Now.AddMinutes(3));
        (run.Status, run.FinishedAt, run.Purchases).Should().Be((RetentionRunStatus.Completed, Now.AddMinutes(3), 500));
        run.Phase.Should().BeNull();
    }

    [Fact]
    public void A_failed_run_keeps_the_phase_where_it_stopped()
    {
        var run = RetentionRun.Start(Guid.NewGuid(), RetentionTrigger.Scheduled, Now, new DateOnly(2026, 12, 3), "retention");
        run.Enter(RetentionCategories.Devices);
        run.Fail(Now.AddMinutes(1));
        (run.Status, run.FinishedAt).Should().Be((RetentionRunStatus.Failed, (DateTimeOffset?)Now.AddMinutes(1)));
        run.Phase.Should().Be(RetentionCategories.Devices);
    }
}
