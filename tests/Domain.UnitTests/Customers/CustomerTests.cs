using HsWorks.Domain.Common;
using HsWorks.Domain.Customers;

namespace HsWorks.Domain.UnitTests.Customers;

public class CustomerTests
{
    private static readonly DateTimeOffset Created = new(2025, 2, 1, 8, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = Created.AddHours(5);
    private static readonly DateOnly Since = new(2020, 6, 1);
    private static readonly Guid CustomerId = Guid.Parse("9d2c6a1b-0e4f-4c7a-b3d8-5f1e2a9c0b47");
    private static readonly Guid PersonId = Guid.Parse("1a2b3c4d-5e6f-4a1b-8c9d-0e1f2a3b4c5d");
    private static readonly Guid OtherPersonId = Guid.Parse("6f5e4d3c-2b1a-4f9e-8d7c-6b5a4f3e2d1c");
    private static readonly BusinessId HsWorks = BusinessId.Parse("2168645-1").ValueOrThrow();

    private static Customer Consumer(params string[] groups) =>
        Customer.Create(CustomerId, CustomerType.Consumer, null, null, PersonId, Since, groups, Created);

    private static Customer Organisation(params string[] groups) =>
        Customer.Create(CustomerId, CustomerType.Organisation, "HS-Works Oy", HsWorks, null, Since, groups, Created);

    [Fact]
    public void A_change_of_what_finds_a_customer_raises_an_event_and_other_changes_none()
    {
        var customer = Organisation("hardware");
        customer.DomainEvents.Should().ContainSingle().Which.Should().Be(new CustomerDetailsChanged(customer));
        customer.ClearDomainEvents();

        customer.Update("HS-Works Oy", HsWorks, null, Since.AddYears(-1), ["hardware", "software"], Created);
        customer.DomainEvents.Should().BeEmpty("the customer-since date and product groups are not searched");
        customer.Update("HS-Works Oyj", HsWorks, null, Since, ["hardware"], Created);
        customer.DomainEvents.Should().ContainSingle();
    }

    [Fact]
    public void An_organisation_is_named_by_its_name_and_a_consumer_by_its_persons_full_name()
    {
        Customer.DisplayName("HS-Works Oy", "Matti", "Meikäläinen").Should().Be("HS-Works Oy");
        Customer.DisplayName(null, "Matti", "Meikäläinen").Should().Be("Matti Meikäläinen");
    }

    [Fact]
    public void Consumer_is_created_pointing_at_its_person()
    {
        var customer = Consumer("repair", "phoneSupport");

        customer.Id.Should().Be(CustomerId);
        customer.Type.Should().Be(CustomerType.Consumer);
        customer.PersonId.Should().Be(PersonId);
        customer.Name.Should().BeNull();
        customer.BusinessId.Should().BeNull();
        customer.CustomerSince.Should().Be(Since);
        customer.ProductGroups.Should().Equal("repair", "phoneSupport");
        customer.ContactPersons.Should().BeEmpty();
        customer.CreatedAt.Should().Be(Created);
        customer.UpdatedAt.Should().Be(Created);
    }

    [Fact]
    public void Consumer_without_person_is_rejected()
    {
        var act = () => Customer.Create(CustomerId, CustomerType.Consumer, null, null, null, Since, [], Created);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("personId");
    }

    [Fact]
    public void Consumer_with_business_id_is_rejected()
    {
        var act = () => Customer.Create(CustomerId, CustomerType.Consumer, null, HsWorks, PersonId, Since, [], Created);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("businessId");
    }

    [Fact]
    public void Consumer_name_is_dropped_because_the_name_is_the_persons()
    {
        var customer = Customer.Create(CustomerId, CustomerType.Consumer, "Matti Meikäläinen", null, PersonId, Since, [], Created);

        customer.Name.Should().BeNull();
    }

    [Fact]
    public void Organisation_is_created_with_name_and_business_id()
    {
        var customer = Organisation("consulting");

        customer.Type.Should().Be(CustomerType.Organisation);
        customer.Name.Should().Be("HS-Works Oy");
        customer.BusinessId.Should().Be(HsWorks);
        customer.PersonId.Should().BeNull();
        customer.ProductGroups.Should().Equal("consulting");
    }

    [Fact]
    public void Organisation_without_business_id_is_allowed()
    {
        var customer = Customer.Create(CustomerId, CustomerType.Organisation, "Yhdistys ry", null, null, Since, [], Created);

        customer.BusinessId.Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Organisation_without_name_is_rejected(string? name)
    {
        var act = () => Customer.Create(CustomerId, CustomerType.Organisation, name, HsWorks, null, Since, [], Created);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("name");
    }

    [Fact]
    public void Organisation_name_is_trimmed()
    {
        var customer = Customer.Create(CustomerId, CustomerType.Organisation, "  HS-Works Oy  ", HsWorks, null, Since, [], Created);

        customer.Name.Should().Be("HS-Works Oy");
    }

    [Fact]
    public void Organisation_name_longer_than_the_limit_is_rejected_and_the_limit_is_accepted()
    {
        var atLimit = new string('n', Customer.MaxNameLength);
        Customer.Create(CustomerId, CustomerType.Organisation, atLimit, null, null, Since, [], Created).Name.Should().Be(atLimit);

        var act = () => Customer.Create(CustomerId, CustomerType.Organisation, atLimit + "x", null, null, Since, [], Created);
        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("name");
    }

    [Fact]
    public void Organisation_with_a_person_of_its_own_is_rejected()
    {
        var act = () => Customer.Create(CustomerId, CustomerType.Organisation, "HS-Works Oy", HsWorks, PersonId, Since, [], Created);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("personId");
    }

    [Theory]
    [InlineData("gardening")]
    [InlineData("Repair")]
    [InlineData("")]
    public void Unknown_product_group_is_rejected(string group)
    {
        var act = () => Consumer("repair", group);

        act.Should().Throw<DomainRuleException>()
            .Where(e => e.Field == "productGroups" && e.Message.Contains($"'{group}'"));
    }

    [Fact]
    public void Every_known_product_group_is_accepted()
    {
        var customer = Organisation([.. ProductGroups.Codes]);

        customer.ProductGroups.Should().Equal(ProductGroups.Codes);
    }

    [Fact]
    public void Duplicate_product_groups_are_stored_once()
    {
        Consumer("repair", "training", "repair").ProductGroups.Should().Equal("repair", "training");
    }

    [Fact]
    public void Update_with_the_same_details_changes_nothing()
    {
        var customer = Organisation("repair");

        var changed = customer.Update("HS-Works Oy", HsWorks, null, Since, ["repair"], Later);

        changed.Should().BeEmpty();
        customer.UpdatedAt.Should().Be(Created);
    }

    [Fact]
    public void Update_returns_the_changed_fields_and_stamps_the_time()
    {
        var customer = Organisation("repair");
        var otherId = BusinessId.Parse("1572860-0").ValueOrThrow();

        var changed = customer.Update("HS-Works Group Oy", otherId, null, Since.AddYears(-1), ["repair", "training"], Later);

        changed.Should().Equal("name", "businessId", "customerSince", "productGroups");
        customer.Name.Should().Be("HS-Works Group Oy");
        customer.BusinessId.Should().Be(otherId);
        customer.CustomerSince.Should().Be(Since.AddYears(-1));
        customer.ProductGroups.Should().Equal("repair", "training");
        customer.UpdatedAt.Should().Be(Later);
    }

    [Fact]
    public void Update_compares_business_ids_by_value()
    {
        var customer = Organisation();

        customer.Update("HS-Works Oy", BusinessId.Parse(" 2168645-1 ").ValueOrThrow(), null, Since, [], Later).Should().BeEmpty();
    }

    [Fact]
    public void Consumer_update_reports_a_new_person()
    {
        var customer = Consumer();

        var changed = customer.Update(null, null, OtherPersonId, Since, [], Later);

        changed.Should().Equal("personId");
        customer.PersonId.Should().Be(OtherPersonId);
    }

    [Fact]
    public void Rejected_update_leaves_the_customer_unchanged()
    {
        var customer = Organisation("repair");

        var act = () => customer.Update("New name", HsWorks, null, Since, ["nonsense"], Later);

        act.Should().Throw<DomainRuleException>();
        customer.Name.Should().Be("HS-Works Oy");
        customer.ProductGroups.Should().Equal("repair");
        customer.UpdatedAt.Should().Be(Created);
    }

    [Fact]
    public void Contact_person_is_added_to_an_organisation()
    {
        var customer = Organisation();

        customer.AddContactPerson(PersonId, Later);

        customer.ContactPersons.Should().ContainSingle();
        var contact = customer.ContactPersons[0];
        contact.CustomerId.Should().Be(CustomerId);
        contact.PersonId.Should().Be(PersonId);
        contact.AddedAt.Should().Be(Later);
        customer.UpdatedAt.Should().Be(Later);
    }

    [Fact]
    public void Several_contact_persons_can_be_added()
    {
        var customer = Organisation();

        customer.AddContactPerson(PersonId, Later);
        customer.AddContactPerson(OtherPersonId, Later);

        customer.ContactPersons.Select(c => c.PersonId).Should().Equal(PersonId, OtherPersonId);
    }

    [Fact]
    public void Same_contact_person_is_not_added_twice()
    {
        var customer = Organisation();
        customer.AddContactPerson(PersonId, Later);

        customer.AddContactPerson(PersonId, Later.AddDays(1));

        customer.ContactPersons.Should().ContainSingle();
        customer.ContactPersons[0].AddedAt.Should().Be(Later);
        customer.UpdatedAt.Should().Be(Later);
    }

    [Fact]
    public void Consumer_cannot_have_contact_persons()
    {
        var customer = Consumer();

        var act = () => customer.AddContactPerson(OtherPersonId, Later);

        act.Should().Throw<DomainRuleException>().Which.Field.Should().Be("personId");
        customer.ContactPersons.Should().BeEmpty();
        customer.UpdatedAt.Should().Be(Created);
    }
}
