using HsWorks.Domain.Users;

namespace HsWorks.Domain.UnitTests.Users;

public class SignInLockoutTests
{
    private const int MaxFailures = 5;
    private static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 12, 0, 0, TimeSpan.Zero);

    private static SignInLockout NewLockout() => SignInLockout.Start(Guid.NewGuid(), "203.0.113.7", Now);

    private static void FailTimes(SignInLockout lockout, int times, DateTimeOffset at)
    {
        for (var i = 0; i < times; i++) lockout.Failed(at, MaxFailures, Lockout);
    }

    [Fact]
    public void Failed_sign_ins_below_the_limit_only_count()
    {
        var lockout = NewLockout();

        FailTimes(lockout, MaxFailures - 1, Now);

        lockout.FailedSignIns.Should().Be(MaxFailures - 1);
        lockout.LockedUntil.Should().BeNull();
        lockout.IsLocked(Now).Should().BeFalse();
    }

    [Fact]
    public void Reaching_the_failure_limit_locks_for_the_lockout_period()
    {
        var lockout = NewLockout();

        FailTimes(lockout, MaxFailures, Now);

        lockout.LockedUntil.Should().Be(Now + Lockout);
        lockout.FailedSignIns.Should().Be(0);
        lockout.IsLocked(Now).Should().BeTrue();
        lockout.IsLocked(Now + Lockout - TimeSpan.FromSeconds(1)).Should().BeTrue();
        lockout.IsLocked(Now + Lockout).Should().BeFalse();
    }

    [Fact]
    public void Failures_during_lockout_are_counted_apart_and_do_not_extend_it()
    {
        var lockout = NewLockout();
        FailTimes(lockout, MaxFailures, Now);

        FailTimes(lockout, 10, Now + TimeSpan.FromMinutes(10));

        lockout.FailedSignIns.Should().Be(0);
        lockout.RefusedWhileLocked.Should().Be(10);
        lockout.LockedUntil.Should().Be(Now + Lockout);
    }

    [Fact]
    public void After_lockout_the_full_number_of_attempts_is_available_again()
    {
        var lockout = NewLockout();
        FailTimes(lockout, MaxFailures, Now);
        var afterLockout = Now + Lockout + TimeSpan.FromMinutes(1);

        FailTimes(lockout, MaxFailures - 1, afterLockout);
        lockout.IsLocked(afterLockout).Should().BeFalse();

        lockout.Failed(afterLockout, MaxFailures, Lockout);
        lockout.IsLocked(afterLockout).Should().BeTrue();
        lockout.LockedUntil.Should().Be(afterLockout + Lockout);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public void Lockout_happens_exactly_at_the_configured_limit(int maxFailures)
    {
        var lockout = NewLockout();

        for (var i = 1; i < maxFailures; i++) lockout.Failed(Now, maxFailures, Lockout);
        lockout.IsLocked(Now).Should().BeFalse();

        lockout.Failed(Now, maxFailures, Lockout);
        lockout.IsLocked(Now).Should().BeTrue();
    }
}
