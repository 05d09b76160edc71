using HsWorks.Domain.Users;

namespace HsWorks.Domain.UnitTests.Users;

public class AccessPolicyTests
{
    public static TheoryData<AccessLevel> AllLevels => [.. Enum.GetValues<AccessLevel>()];

    [Theory]
    [MemberData(nameof(AllLevels))]
    public void Every_access_level_has_an_entry(AccessLevel level)
    {
        var act = () => AccessPolicy.PermissionsOf(level);

        act.Should().NotThrow();
        AccessPolicy.PermissionsOf(level).Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(AllLevels))]
    public void Every_access_level_can_read_and_search_persons_and_customers(AccessLevel level)
    {
        AccessPolicy.PermissionsOf(level).Should()
            .Contain([Permission.PersonsRead, Permission.CustomersRead, Permission.Search]);
    }

    [Theory]
    [MemberData(nameof(AllLevels))]
    public void Allows_agrees_with_PermissionsOf(AccessLevel level)
    {
        var granted = AccessPolicy.PermissionsOf(level);

        foreach (var permission in Enum.GetValues<Permission>())
            AccessPolicy.Allows(level, permission).Should().Be(granted.Contains(permission), $"{level} / {permission}");
    }

    [Fact]
    public void Administrator_has_every_permission_but_the_data_protection_officers_decisions()
    {
        AccessPolicy.PermissionsOf(AccessLevel.Administrator).Should().BeEquivalentTo(
            Enum.GetValues<Permission>().Except([Permission.NonDisclosureManage, Permission.ProhibitionsLift]));
    }

    [Theory]
    [InlineData(Permission.NonDisclosureManage)]
    [InlineData(Permission.ProhibitionsLift)]
    public void Only_the_data_protection_officer_sets_the_non_disclosure_marking_and_lifts_bans(Permission permission)
    {
        Enum.GetValues<AccessLevel>().Where(level => AccessPolicy.Allows(level, permission)).Should().Equal(AccessLevel.DataProtectionOfficer);
    }

    [Fact]
    public void Only_the_data_protection_officer_and_the_administrator_see_a_protected_address()
    {
        Enum.GetValues<AccessLevel>().Where(level => AccessPolicy.Allows(level, Permission.PersonsReadProtectedAddress))
            .Should().BeEquivalentTo([AccessLevel.Administrator, AccessLevel.DataProtectionOfficer]);
    }

    [Fact]
    public void Only_Administrator_has_users_manage()
    {
        Enum.GetValues<AccessLevel>()
            .Where(level => AccessPolicy.Allows(level, Permission.UsersManage))
            .Should().Equal(AccessLevel.Administrator);
    }

    [Theory]
    [InlineData(Permission.PersonsWrite)]
    [InlineData(Permission.CustomersWrite)]
    [InlineData(Permission.UsersManage)]
    public void Auditor_has_no_write_permission(Permission permission)
    {
        AccessPolicy.Allows(AccessLevel.Auditor, permission).Should().BeFalse();
    }

    [Fact]
    public void Auditor_reads_persons_customers_invoices_recipients_disclosures_and_the_audit_log_only()
    {
        AccessPolicy.PermissionsOf(AccessLevel.Auditor).Should().BeEquivalentTo(
            [Permission.PersonsRead, Permission.CustomersRead, Permission.Search, Permission.AuditRead, Permission.InvoicesReadAmounts,
                Permission.RecipientsRead, Permission.DisclosuresRead]);
    }

    [Theory]
    [InlineData(AccessLevel.Administrator, true)]
    [InlineData(AccessLevel.DataProtectionOfficer, true)]
    [InlineData(AccessLevel.Auditor, true)]
    [InlineData(AccessLevel.Supervisor, false)]
    [InlineData(AccessLevel.Technician, false)]
    [InlineData(AccessLevel.HelpdeskAgent, false)]
    [InlineData(AccessLevel.Sales, false)]
    [InlineData(AccessLevel.Marketing, false)]
    [InlineData(AccessLevel.Billing, false)]
    public void Audit_log_is_readable_only_by_oversight_levels(AccessLevel level, bool expected)
    {
        AccessPolicy.Allows(level, Permission.AuditRead).Should().Be(expected);
    }

    [Theory]
    [InlineData(AccessLevel.Administrator, true)]
    [InlineData(AccessLevel.DataProtectionOfficer, true)]
    [InlineData(AccessLevel.Supervisor, true)]
    [InlineData(AccessLevel.Billing, true)]
    [InlineData(AccessLevel.Technician, false)]
    [InlineData(AccessLevel.HelpdeskAgent, false)]
    [InlineData(AccessLevel.Sales, false)]
    [InlineData(AccessLevel.Marketing, false)]
    [InlineData(AccessLevel.Auditor, false)]
    public void Whole_identity_code_is_readable_only_by_listed_levels(AccessLevel level, bool expected)
    {
        AccessPolicy.Allows(level, Permission.PersonsReadIdentityCode).Should().Be(expected);
    }

    [Theory]
    [InlineData(AccessLevel.Administrator, true)]
    [InlineData(AccessLevel.DataProtectionOfficer, true)]
    [InlineData(AccessLevel.Supervisor, true)]
    [InlineData(AccessLevel.HelpdeskAgent, true)]
    [InlineData(AccessLevel.Sales, true)]
    [InlineData(AccessLevel.Billing, true)]
    [InlineData(AccessLevel.Technician, false)]
    [InlineData(AccessLevel.Marketing, false)]
    [InlineData(AccessLevel.Auditor, false)]
    public void Persons_are_writable_only_by_listed_levels(AccessLevel level, bool expected)
    {
        AccessPolicy.Allows(level, Permission.PersonsWrite).Should().Be(expected);
        AccessPolicy.Allows(level, Permission.CustomersWrite).Should().Be(expected);
    }

    [Theory]
    [InlineData(Permission.PersonsRead, "persons.read")]
    [InlineData(Permission.PersonsWrite, "persons.write")]
    [InlineData(Permission.PersonsReadIdentityCode, "persons.readIdentityCode")]
    [InlineData(Permission.CustomersRead, "customers.read")]
    [InlineData(Permission.CustomersWrite, "customers.write")]
    [InlineData(Permission.Search, "search")]
    [InlineData(Permission.UsersManage, "users.manage")]
    [InlineData(Permission.AuditRead, "audit.read")]
    public void Permission_has_its_stable_name(Permission permission, string name)
    {
        AccessPolicy.NameOf(permission).Should().Be(name);
    }

    [Fact]
    public void Every_permission_has_a_distinct_name()
    {
        Enum.GetValues<Permission>().Select(AccessPolicy.NameOf).Should().OnlyHaveUniqueItems()
            .And.HaveCount(Enum.GetValues<Permission>().Length);
    }

    [Fact]
    public void Undefined_permission_has_no_name()
    {
        var act = () => AccessPolicy.NameOf((Permission)999);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Only_the_data_protection_officer_and_the_administrator_handle_requests_and_everyone_who_talks_to_customers_registers_them()
    {
        Enum.GetValues<AccessLevel>().Where(level => AccessPolicy.Allows(level, Permission.RequestsManage))
            .Should().BeEquivalentTo([AccessLevel.Administrator, AccessLevel.DataProtectionOfficer]);
        Enum.GetValues<AccessLevel>().Where(level => !AccessPolicy.Allows(level, Permission.RequestsRegister)).Should().Equal(AccessLevel.Auditor);
    }
}
