using HsWorks.Domain.Retention;

namespace HsWorks.Application.Retention;

internal static class RetentionMapping
{
    public static RetentionRuleDto ToDto(this RetentionRule r) => new(r.Category, r.Period, r.Unit, r.Start, r.Action, r.ReasonFi, r.ReasonSv, r.ReasonEn,
        RetentionCategories.StartsOf(r.Category), RetentionCategories.ActionsOf(r.Category), r.UpdatedAt, r.UpdatedBy, r.Version.ToString());

    public static FinancialYearDto ToDto(this FinancialYear f) => new(f.EndMonth, f.EndDay, f.UpdatedAt, f.UpdatedBy, f.Version.ToString());

    public static RetentionRunDto ToDto(this RetentionRun r) => new(r.Id, r.Trigger, r.AsOf, r.StartedAt, r.FinishedAt, r.StartedBy,
        r.Contacts, r.Recordings, r.Invoices, r.ConsentEvents, r.Persons, r.Customers,
        r.Purchases, r.Warranties, r.Assets, r.RemoteAccesses, r.Problems, r.Interests, r.ContactPersonLinks, r.Status, r.Phase);
}
