using HsWorks.Domain.Common;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Persons;

namespace HsWorks.Domain.UnitTests.Persons;

public class PersonTests
{
    private static readonly DateTimeOffset Created = new(2025, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Created.AddDays(3);
    private static readonly Guid PersonId = Guid.Parse("4b0f2a3e-8d1c-4f6b-9a55-0c3e1d2b7f10");

    private static readonly PersonalIdentityCode Code = PersonalIdentityCode.Parse("131052-308T").ValueOrThrow();
    private static readonly PersonalIdentityCode OtherCode = PersonalIdentityCode.Parse("010594Y9032").ValueOrThrow();

    private static readonly PersonDetails Matti = new(
        "Matti",
        "Meikäläinen",
        Email.Parse("matti@example.fi").ValueOrThrow(),
        PhoneNumber.Parse("09 123 4567").ValueOrThrow(),
        PhoneNumber.Parse("040 123 4567").ValueOrThrow(),
        Language.Fi,
        Address("Mannerheimintie 1", "00100", "Helsinki"),
        NonDisclosure: false);

    private static Address Address(string street, string postalCode, string city) =>
        new(street, PostalCode.Parse(postalCode, "FI").ValueOrThrow(), city, CountryCode.Finland);

    private static Person NewPerson(PersonDetails? details = null, IdentityCodeChange? identityCode = null) =>
        Person.Create(PersonId, details ?? Matti, identityCode ?? IdentityCodeChange.Keep, DataSource.Subject, Created);

    [Fact]
    public void A_new_person_and_a_change_of_details_raise_one_event_and_an_unchanged_save_none()
    {
        var person = NewPerson();
        person.DomainEvents.Should().ContainSingle().Which.Should().Be(new PersonDetailsChanged(person));
        person.Update(Matti with { LastName = "Virtanen" }, IdentityCodeChange.Keep, DataSource.Subject, Later);
        person.DomainEvents.Should().ContainSingle("one rewrite covers every change before the save");

        person.ClearDomainEvents();
        person.Update(Matti with { LastName = "Virtanen" }, IdentityCodeChange.Keep, DataSource.Subject, Later);
        person.DomainEvents.Should().BeEmpty();
        person.ClaimNonDisclosure();
        person.DomainEvents.Should().BeEmpty("the claim changes nothing that is derived from the details");
    }

    [Fact]
    public void Create_stores_the_details_and_the_source_of_every_group()
    {
        var person = NewPerson(identityCode: IdentityCodeChange.Set(Code));

        person.Id.Should().Be(PersonId);
        person.FirstName.Should().Be("Matti");
        person.LastName.Should().Be("Meikäläinen");
        person.FullName.Should().Be("Matti Meikäläinen");
        person.Email!.Value.Should().Be("matti@example.fi");
        person.Phone!.E164.Should().Be("+35891234567");
        person.Mobile!.E164.Should().Be("+358401234567");
        person.Language.Should().Be(Language.Fi);
        person.Address.Should().Be(Matti.Address);
        person.NonDisclosure.Should().BeFalse();
        person.IdentityCode.Should().Be(Code);
        person.NameSource.Should().Be(DataSource.Subject);
        person.ContactSource.Should().Be(DataSource.Subject);
        person.AddressSource.Should().Be(DataSource.Subject);
        person.IdentityCodeSource.Should().Be(DataSource.Subject);
        person.CreatedAt.Should().Be(Created);
        person.UpdatedAt.Should().Be(Created);
    }

    [Fact]
    public void Create_without_identity_code_leaves_code_and_its_source_empty()
    {
        var person = NewPerson();

        person.IdentityCode.Should().BeNull();
        person.IdentityCodeSource.Should().BeNull();
    }

    [Fact]
    public void Create_with_only_names_gives_every_group_the_source()
    {
        var person = Person.Create(PersonId, new PersonDetails("Anna", "Virtanen", null, null, null, Language.Fi, null, false),
            IdentityCodeChange.Keep, DataSource.PopulationRegister, Created);

        person.NameSource.Should().Be(DataSource.PopulationRegister);
        person.ContactSource.Should().Be(DataSource.PopulationRegister);
        person.AddressSource.Should().Be(DataSource.PopulationRegister);
    }

    [Fact]
    public void Names_are_trimmed()
    {
        var person = NewPerson(Matti with { FirstName = "  Matti ", LastName = " Meikäläinen  " });

        person.FirstName.Should().Be("Matti");
        person.LastName.Should().Be("Meikäläinen");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_first_name_throws_for_field_firstName(string firstName)
    {
        var act = () => NewPerson(Matti with { FirstName = firstName });

        act.Should().Throw<DomainRuleException>()
            .Which.Field.Should().Be("firstName");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \t ")]
    public void Empty_last_name_throws_for_field_lastName(string lastName)
    {
        var act = () => NewPerson(Matti with { LastName = lastName });

        act.Should().Throw<DomainRuleException>()
            .Which.Field.Should().Be("lastName");
    }

    [Fact]
    public void Name_longer_than_the_limit_is_rejected_and_the_limit_itself_is_accepted()
    {
        var atLimit = new string('a', Person.MaxNameLength);
        NewPerson(Matti with { FirstName = atLimit }).FirstName.Should().Be(atLimit);

        var act = () => NewPerson(Matti with { LastName = atLimit + "b" });
        act.Should().Throw<DomainRuleException>()
            .Which.Field.Should().Be("lastName");
    }

    [Fact]
    public void Update_with_empty_name_leaves_the_person_unchanged()
    {
        var person = NewPerson();

        var act = () => person.Update(Matti with { FirstName = "", Email = null }, IdentityCodeChange.Keep, DataSource.Staff, Later);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("firstName");
        person.FirstName.Should().Be("Matti");
        person.Email.Should().NotBeNull();
        person.UpdatedAt.Should().Be(Created);
    }

    [Fact]
    public void Update_with_the_same_details_changes_nothing()
    {
        var person = NewPerson(identityCode: IdentityCodeChange.Set(Code));

        var changed = person.Update(Matti, IdentityCodeChange.Keep, DataSource.Staff, Later);

        changed.Should().BeEmpty();
        person.UpdatedAt.Should().Be(Created);
        person.NameSource.Should().Be(DataSource.Subject);
        person.ContactSource.Should().Be(DataSource.Subject);
        person.AddressSource.Should().Be(DataSource.Subject);
        person.IdentityCodeSource.Should().Be(DataSource.Subject);
    }

    [Fact]
    public void Update_with_same_details_written_differently_changes_nothing()
    {
        var person = NewPerson();
        var sameButRetyped = Matti with
        {
            FirstName = " Matti ",
            Email = Email.Parse("MATTI@Example.FI").ValueOrThrow(),
            Mobile = PhoneNumber.Parse("+358 40 123 4567").ValueOrThrow(),
            Address = Address("Mannerheimintie 1", " 00100 ", "Helsinki"),
        };

        person.Update(sameButRetyped, IdentityCodeChange.Keep, DataSource.Staff, Later).Should().BeEmpty();
    }

    [Fact]
    public void Update_returns_the_names_of_the_changed_fields()
    {
        var person = NewPerson();

        var changed = person.Update(
            Matti with
            {
                LastName = "Virtanen",
                Mobile = PhoneNumber.Parse("050 765 4321").ValueOrThrow(),
                Language = Language.Sv,
            },
            IdentityCodeChange.Keep, DataSource.Staff, Later);

        changed.Should().BeEquivalentTo(["lastName", "mobile", "language"]);
        person.LastName.Should().Be("Virtanen");
        person.Mobile!.E164.Should().Be("+358507654321");
        person.Language.Should().Be(Language.Sv);
        person.UpdatedAt.Should().Be(Later);
    }

    [Fact]
    public void Update_changing_everything_lists_every_field()
    {
        var person = NewPerson();

        var changed = person.Update(
            new PersonDetails("Maija", "Virtanen", Email.Parse("maija@example.fi").ValueOrThrow(), null,
                PhoneNumber.Parse("050 765 4321").ValueOrThrow(), Language.En, Address("Aleksanterinkatu 5", "33100", "Tampere"), true),
            IdentityCodeChange.Set(Code), DataSource.Staff, Later);

        changed.Should().BeEquivalentTo(
            ["firstName", "lastName", "email", "phone", "mobile", "language", "address", "nonDisclosure", "personalIdentityCode"]);
        changed.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Name_change_updates_only_the_name_source()
    {
        var person = NewPerson(identityCode: IdentityCodeChange.Set(Code));

        var changed = person.Update(Matti with { FirstName = "Matias" }, IdentityCodeChange.Keep, DataSource.PopulationRegister, Later);

        changed.Should().Equal("firstName");
        person.NameSource.Should().Be(DataSource.PopulationRegister);
        person.ContactSource.Should().Be(DataSource.Subject);
        person.AddressSource.Should().Be(DataSource.Subject);
        person.IdentityCodeSource.Should().Be(DataSource.Subject);
    }

    [Theory]
    [InlineData("email")]
    [InlineData("phone")]
    [InlineData("mobile")]
    [InlineData("language")]
    public void Contact_change_updates_only_the_contact_source(string field)
    {
        var person = NewPerson();
        var details = field switch
        {
            "email" => Matti with { Email = Email.Parse("other@example.fi").ValueOrThrow() },
            "phone" => Matti with { Phone = null },
            "mobile" => Matti with { Mobile = PhoneNumber.Parse("050 765 4321").ValueOrThrow() },
            _ => Matti with { Language = Language.En },
        };

        var changed = person.Update(details, IdentityCodeChange.Keep, DataSource.Order, Later);

        changed.Should().Equal(field);
        person.ContactSource.Should().Be(DataSource.Order);
        person.NameSource.Should().Be(DataSource.Subject);
        person.AddressSource.Should().Be(DataSource.Subject);
    }

    [Fact]
    public void Address_change_updates_only_the_address_source()
    {
        var person = NewPerson();

        var changed = person.Update(Matti with { Address = Address("Mannerheimintie 2", "00100", "Helsinki") },
            IdentityCodeChange.Keep, DataSource.PopulationRegister, Later);

        changed.Should().Equal("address");
        person.Address!.Street.Should().Be("Mannerheimintie 2");
        person.AddressSource.Should().Be(DataSource.PopulationRegister);
        person.NameSource.Should().Be(DataSource.Subject);
        person.ContactSource.Should().Be(DataSource.Subject);
    }

    [Fact]
    public void Removing_the_address_is_a_change()
    {
        var person = NewPerson();

        person.Update(Matti with { Address = null }, IdentityCodeChange.Keep, DataSource.Staff, Later).Should().Equal("address");
        person.Address.Should().BeNull();
        person.AddressSource.Should().Be(DataSource.Staff);
    }

    [Fact]
    public void Non_disclosure_change_is_reported_and_changes_no_source()
    {
        var person = NewPerson();

        var changed = person.Update(Matti with { NonDisclosure = true }, IdentityCodeChange.Keep, DataSource.PopulationRegister, Later);

        changed.Should().Equal("nonDisclosure");
        person.NonDisclosure.Should().BeTrue();
        person.NameSource.Should().Be(DataSource.Subject);
        person.ContactSource.Should().Be(DataSource.Subject);
        person.AddressSource.Should().Be(DataSource.Subject);
        person.UpdatedAt.Should().Be(Later);
    }

    [Fact]
    public void Changes_in_two_groups_update_both_sources_but_not_the_third()
    {
        var person = NewPerson();

        var changed = person.Update(Matti with { LastName = "Virtanen", Email = null }, IdentityCodeChange.Keep, DataSource.Staff, Later);

        changed.Should().Equal("lastName", "email");
        person.NameSource.Should().Be(DataSource.Staff);
        person.ContactSource.Should().Be(DataSource.Staff);
        person.AddressSource.Should().Be(DataSource.Subject);
    }

    [Fact]
    public void Keep_leaves_the_identity_code_and_its_source()
    {
        var person = NewPerson(identityCode: IdentityCodeChange.Set(Code));

        var changed = person.Update(Matti, IdentityCodeChange.Keep, DataSource.Staff, Later);

        changed.Should().NotContain("personalIdentityCode");
        person.IdentityCode.Should().Be(Code);
        person.IdentityCodeSource.Should().Be(DataSource.Subject);
    }

    [Fact]
    public void Remove_clears_the_identity_code_and_its_source()
    {
        var person = NewPerson(identityCode: IdentityCodeChange.Set(Code));

        var changed = person.Update(Matti, IdentityCodeChange.Remove, DataSource.Staff, Later);

        changed.Should().Equal("personalIdentityCode");
        person.IdentityCode.Should().BeNull();
        person.IdentityCodeSource.Should().BeNull();
        person.UpdatedAt.Should().Be(Later);
    }

    [Fact]
    public void Remove_without_a_stored_code_changes_nothing()
    {
        var person = NewPerson();

        var changed = person.Update(Matti, IdentityCodeChange.Remove, DataSource.Staff, Later);

        changed.Should().BeEmpty();
        person.UpdatedAt.Should().Be(Created);
    }

    [Fact]
    public void Set_stores_a_new_identity_code_with_the_source()
    {
        var person = NewPerson();

        var changed = person.Update(Matti, IdentityCodeChange.Set(Code), DataSource.PopulationRegister, Later);

        changed.Should().Equal("personalIdentityCode");
        person.IdentityCode.Should().Be(Code);
        person.IdentityCodeSource.Should().Be(DataSource.PopulationRegister);
        person.NameSource.Should().Be(DataSource.Subject);
    }

    [Fact]
    public void Set_replaces_a_different_identity_code()
    {
        var person = NewPerson(identityCode: IdentityCodeChange.Set(Code));

        var changed = person.Update(Matti, IdentityCodeChange.Set(OtherCode), DataSource.Staff, Later);

        changed.Should().Equal("personalIdentityCode");
        person.IdentityCode.Should().Be(OtherCode);
        person.IdentityCodeSource.Should().Be(DataSource.Staff);
    }

    [Fact]
    public void Set_with_the_same_code_is_no_change_and_keeps_the_source()
    {
        var person = NewPerson(identityCode: IdentityCodeChange.Set(Code));
        var sameCode = PersonalIdentityCode.Parse("131052-308t").ValueOrThrow();

        var changed = person.Update(Matti, IdentityCodeChange.Set(sameCode), DataSource.Staff, Later);

        changed.Should().BeEmpty();
        person.IdentityCodeSource.Should().Be(DataSource.Subject);
        person.UpdatedAt.Should().Be(Created);
    }

    [Fact]
    public void Identity_code_change_kinds_are_distinct_records()
    {
        IdentityCodeChange.Keep.Should().BeOfType<IdentityCodeChange.KeepCode>();
        IdentityCodeChange.Remove.Should().BeOfType<IdentityCodeChange.RemoveCode>();
        IdentityCodeChange.Set(Code).Should().Be(new IdentityCodeChange.SetCode(Code));
    }

    [Fact]
    public void A_claim_of_the_marking_hides_the_address_at_once_and_a_rejection_shows_it_again()
    {
        var person = NewPerson();
        var claim = NonDisclosureClaim.Open(Guid.NewGuid(), person, NonDisclosureClaimOrigin.Staff, "Caller says so", Later, "helpdesk");

        person.AddressProtected.Should().BeTrue();
        person.NonDisclosure.Should().BeFalse("only the data protection officer sets the marking");
        claim.Decide(person, NonDisclosureClaimOutcome.Rejected, "Not in the register", Later, "dpo").Should().BeFalse();
        person.AddressProtected.Should().BeFalse();
        claim.IsOpen.Should().BeFalse();
        var again = () => claim.Decide(person, NonDisclosureClaimOutcome.Confirmed, null, Later, "dpo");
        again.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void A_confirmed_claim_sets_the_marking()
    {
        var person = NewPerson();
        var claim = NonDisclosureClaim.Open(Guid.NewGuid(), person, NonDisclosureClaimOrigin.PartnerLead, null, Later, "client:x");

        claim.Decide(person, NonDisclosureClaimOutcome.Confirmed, "Checked", Later, "dpo").Should().BeTrue();

        person.NonDisclosure.Should().BeTrue();
        person.NonDisclosureClaimPending.Should().BeFalse();
        person.AddressProtected.Should().BeTrue();
        claim.Outcome.Should().Be(NonDisclosureClaimOutcome.Confirmed);
        claim.DecidedBy.Should().Be("dpo");
    }
}
