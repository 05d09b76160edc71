using HsWorks.Domain.Common;
using HsWorks.Domain.Users;

namespace HsWorks.Domain.UnitTests.Users;

public class StaffUserTests
{
    private static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid UserId = Guid.Parse("0c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f");

    private static StaffUser NewUser(bool mustChangePassword = false) =>
        StaffUser.Create(UserId, "matti.m", "Matti Meikäläinen", AccessLevel.HelpdeskAgent, "hash-1", mustChangePassword, Now);

    [Fact]
    public void Create_stores_the_account_enabled()
    {
        var user = NewUser(mustChangePassword: true);

        user.Id.Should().Be(UserId);
        user.Username.Should().Be("matti.m");
        user.DisplayName.Should().Be("Matti Meikäläinen");
        user.AccessLevel.Should().Be(AccessLevel.HelpdeskAgent);
        user.PasswordHash.Should().Be("hash-1");
        user.Enabled.Should().BeTrue();
        user.MustChangePassword.Should().BeTrue();
        user.FailedSignIns.Should().Be(0);
        user.LockedUntil.Should().BeNull();
        user.LastSignInAt.Should().BeNull();
        user.CreatedAt.Should().Be(Now);
        user.Enabled.Should().BeTrue();
    }

    [Theory]
    [InlineData("admin", "admin")]
    [InlineData("  Admin  ", "admin")]
    [InlineData("MATTI.MEIKALAINEN", "matti.meikalainen")]
    [InlineData("m_virtanen-2", "m_virtanen-2")]
    [InlineData("ab", "ab")]
    public void Username_is_trimmed_and_lower_cased(string input, string expected)
    {
        StaffUser.NormaliseUsername(input).Should().Be(expected);
        StaffUser.Create(UserId, input, "Name", AccessLevel.Auditor, "h", false, Now).Username.Should().Be(expected);
    }

    [Fact]
    public void Username_of_64_characters_is_accepted()
    {
        var username = new string('a', 64);

        StaffUser.Create(UserId, username, "Name", AccessLevel.Auditor, "h", false, Now).Username.Should().Be(username);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("  a  ")]
    [InlineData("matti meikalainen")]
    [InlineData("matti@hs-works.fi")]
    [InlineData("meikäläinen")]
    [InlineData("matti/m")]
    [InlineData("matti+m")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 65
    public void Invalid_username_is_rejected(string username)
    {
        var act = () => StaffUser.Create(UserId, username, "Name", AccessLevel.Auditor, "h", false, Now);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("username");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_display_name_is_rejected(string displayName)
    {
        var act = () => StaffUser.Create(UserId, "matti", displayName, AccessLevel.Auditor, "h", false, Now);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("displayName");
    }

    [Fact]
    public void Display_name_is_trimmed_and_limited_to_100_characters()
    {
        StaffUser.Create(UserId, "matti", "  Matti  ", AccessLevel.Auditor, "h", false, Now).DisplayName.Should().Be("Matti");
        StaffUser.Create(UserId, "matti", new string('d', 100), AccessLevel.Auditor, "h", false, Now).DisplayName.Should().HaveLength(100);

        var act = () => StaffUser.Create(UserId, "matti", new string('d', 101), AccessLevel.Auditor, "h", false, Now);
        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("displayName");
    }

    [Fact]
    public void Successful_sign_in_resets_failures_and_records_the_time()
    {
        var user = NewUser();
        user.LockedOnANetwork(Now + Lockout);
        var signInAt = Now.AddMinutes(1);

        user.SignedIn(signInAt);

        user.FailedSignIns.Should().Be(0);
        user.LockedUntil.Should().BeNull();
        user.LastSignInAt.Should().Be(signInAt);
    }

    [Fact]
    public void A_network_lock_is_noted_for_administrators_with_the_latest_end()
    {
        var user = NewUser();

        user.LockedOnANetwork(Now + Lockout);
        user.LockedOnANetwork(Now + TimeSpan.FromMinutes(1));

        user.LockedUntil.Should().Be(Now + Lockout);
    }

    [Fact]
    public void Disabled_user_cannot_sign_in()
    {
        var user = NewUser();

        user.Change("Matti Meikäläinen", AccessLevel.HelpdeskAgent, enabled: false);

        user.Enabled.Should().BeFalse();
    }

    [Fact]
    public void Change_updates_display_name_and_access_level()
    {
        var user = NewUser();

        user.Change("  Matti M.  ", AccessLevel.Supervisor, enabled: true);

        user.DisplayName.Should().Be("Matti M.");
        user.AccessLevel.Should().Be(AccessLevel.Supervisor);
        user.Enabled.Should().BeTrue();
        user.Username.Should().Be("matti.m");
    }

    [Fact]
    public void Change_with_empty_display_name_is_rejected()
    {
        var user = NewUser();

        var act = () => user.Change(" ", AccessLevel.Administrator, enabled: true);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("displayName");
        user.AccessLevel.Should().Be(AccessLevel.HelpdeskAgent);
    }

    [Fact]
    public void ResetPassword_sets_the_hash_and_requires_a_change_at_next_sign_in()
    {
        var user = NewUser();

        user.ResetPassword("hash-2");

        user.PasswordHash.Should().Be("hash-2");
        user.MustChangePassword.Should().BeTrue();
    }

    [Fact]
    public void ResetPassword_lifts_a_lockout()
    {
        var user = NewUser();
        user.LockedOnANetwork(Now + Lockout);

        user.ResetPassword("hash-2");

        user.LockedUntil.Should().BeNull();
        user.FailedSignIns.Should().Be(0);
    }

    [Fact]
    public void ChangePassword_sets_the_hash_and_clears_the_change_requirement()
    {
        var user = NewUser(mustChangePassword: true);

        user.ChangePassword("hash-3");

        user.PasswordHash.Should().Be("hash-3");
        user.MustChangePassword.Should().BeFalse();
    }
}
