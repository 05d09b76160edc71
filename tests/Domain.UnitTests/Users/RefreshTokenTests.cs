using HsWorks.Domain.Users;

namespace HsWorks.Domain.UnitTests.Users;

public class RefreshTokenTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 12, 0, 0, TimeSpan.Zero);

    private static RefreshToken Issue(DateTimeOffset now, DateTimeOffset sessionStartedAt) =>
        RefreshToken.Issue(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "hash", now, TimeSpan.FromDays(14), sessionStartedAt, TimeSpan.FromDays(30));

    [Fact]
    public void A_new_session_expires_after_the_idle_lifetime()
    {
        Issue(Now, Now).ExpiresAt.Should().Be(Now.AddDays(14));
    }

    [Fact]
    public void A_refreshed_token_never_outlives_the_absolute_lifetime_of_its_session()
    {
        var token = Issue(Now.AddDays(25), sessionStartedAt: Now);

        token.ExpiresAt.Should().Be(Now.AddDays(30));
        token.SessionStartedAt.Should().Be(Now);
        token.IsUsable(Now.AddDays(30)).Should().BeFalse();
    }

    [Fact]
    public void A_fresh_token_was_not_just_spent()
    {
        Issue(Now, Now).WasJustSpent(Now, TimeSpan.FromSeconds(30)).Should().BeFalse();
    }
}
