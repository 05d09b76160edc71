namespace HsWorks.Domain.Persons;

/// <summary>The basic details of a data subject as entered or imported (R4.1).</summary>
public sealed record PersonDetails(
    string FirstName,
    string LastName,
    Email? Email,
    PhoneNumber? Phone,
    PhoneNumber? Mobile,
    Language Language,
    Address? Address,
    bool NonDisclosure);

/// <summary>What to do with the stored identity code: it is never echoed back whole, so "keep" is the default.</summary>
public abstract record IdentityCodeChange
{
    public static readonly IdentityCodeChange Keep = new KeepCode();
    public static readonly IdentityCodeChange Remove = new RemoveCode();

    public static IdentityCodeChange Set(PersonalIdentityCode code) => new SetCode(code);

    public sealed record KeepCode : IdentityCodeChange;

    public sealed record RemoveCode : IdentityCodeChange;

    public sealed record SetCode(PersonalIdentityCode Code) : IdentityCodeChange;
}
