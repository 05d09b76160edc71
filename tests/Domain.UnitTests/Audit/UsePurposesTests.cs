using HsWorks.Domain.Audit;

namespace HsWorks.Domain.UnitTests.Audit;

public sealed class UsePurposesTests
{
    [Theory]
    [InlineData("person.read", UsePurpose.CustomerRelationship)]
    [InlineData("contact.create", UsePurpose.CustomerRelationship)]
    [InlineData("search", UsePurpose.CustomerRelationship)]
    [InlineData("person.registerMatches.read", UsePurpose.ConsentsAndBans)]
    [InlineData("prohibitionRegister.import", UsePurpose.ConsentsAndBans)]
    [InlineData("consent.record", UsePurpose.ConsentsAndBans)]
    [InlineData("invoice.status", UsePurpose.InvoicesAndPayments)]
    [InlineData("marketing.selection.export", UsePurpose.DirectMarketing)]
    [InlineData("partner.persons.read", UsePurpose.DisclosingToRecipients)]
    [InlineData("disclosure.create", UsePurpose.DisclosingToRecipients)]
    [InlineData("nonDisclosure.decide", UsePurpose.NonDisclosureMarking)]
    [InlineData("request.report", UsePurpose.DataSubjectRights)]
    [InlineData("user.update", UsePurpose.SystemAdministration)]
    public void An_audited_operation_is_told_by_the_purpose_its_area_serves(string action, UsePurpose purpose) =>
        UsePurposes.Of(action).Should().Be(purpose);
}
