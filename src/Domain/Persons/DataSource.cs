namespace HsWorks.Domain.Persons;

/// <summary>Where a piece of personal data came from (R5.1).</summary>
public enum DataSource
{
    Subject,
    Order,
    ServiceUse,
    PopulationRegister,
    PartnerRegister,
    ProhibitionRegister,
    Staff,
}
