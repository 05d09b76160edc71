using HsWorks.Domain.Common;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Retention;

namespace HsWorks.Domain.UnitTests.Retention;

public sealed class LegalHoldTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_hold_is_for_exactly_one_person_or_customer_with_a_reason_and_is_lifted_once()
    {
        var neither = () => LegalHold.Place(Guid.NewGuid(), null, null, "Dispute", Now, "dpo");
        neither.Should().Throw<DomainRuleException>();
        var both = () => LegalHold.Place(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Dispute", Now, "dpo");
        both.Should().Throw<DomainRuleException>();
        var noReason = () => LegalHold.Place(Guid.NewGuid(), Guid.NewGuid(), null, "  ", Now, "dpo");
        noReason.Should().Throw<DomainRuleException>().Which.Field.Should().Be("reason");

        var hold = LegalHold.Place(Guid.NewGuid(), Guid.NewGuid(), null, " Dispute ", Now, "dpo");
        (hold.Reason, hold.InForce).Should().Be(("Dispute", true));
        hold.Lift(Now.AddDays(1), "dpo2");
        (hold.InForce, hold.LiftedBy).Should().Be((false, "dpo2"));
        var again = () => hold.Lift(Now.AddDays(2), "dpo");
        again.Should().Throw<DomainRuleException>();
    }

    [Fact]
    public void A_relationship_cannot_end_before_it_began_and_may_resume()
    {
        var customer = Customer.Create(Guid.NewGuid(), CustomerType.Organisation, "HS-Works Oy", BusinessId.Parse("2168645-1").ValueOrThrow(), null,
            new DateOnly(2020, 6, 1), [], Now);
        var early = () => customer.EndRelationship(new DateOnly(2020, 5, 31), Now);
        early.Should().Throw<DomainRuleException>().Which.Field.Should().Be("relationshipEndedOn");
        customer.EndRelationship(new DateOnly(2026, 11, 30), Now).Should().BeTrue();
        customer.EndRelationship(new DateOnly(2026, 11, 30), Now).Should().BeFalse("nothing changed");
        customer.EndRelationship(null, Now).Should().BeTrue();
        customer.RelationshipEndedOn.Should().BeNull();
    }
}
