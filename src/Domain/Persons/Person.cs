using HsWorks.Domain.Common;

namespace HsWorks.Domain.Persons;

/// <summary>
/// A data subject: a consumer customer or an organisation's contact person. Each group of
/// personal data (name, contact details, address, identity code) remembers its source (R5.1).
/// </summary>
public sealed class Person : IHasDomainEvents
{
    private readonly List<IDomainEvent> domainEvents = [];

    public const int MaxNameLength = 100;

    private Person()
    {
        FirstName = LastName = string.Empty;
    }

    public Guid Id { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    public Email? Email { get; private set; }

    public PhoneNumber? Phone { get; private set; }

    public PhoneNumber? Mobile { get; private set; }

    public Language Language { get; private set; }

    public PersonalIdentityCode? IdentityCode { get; private set; }

    public Address? Address { get; private set; }

    /// <summary>Non-disclosure marking (turvakielto, R5.2): the address must never leave the register.</summary>
    public bool NonDisclosure { get; private set; }

    /// <summary>
    /// The end date the Population Register gave for the marking, for information only: a marking lasts until a change record clears
    /// it (a renewal may not have been imported yet), so this date never lifts it.
    /// </summary>
    public DateOnly? NonDisclosureEndsOn { get; private set; }

    /// <summary>Someone said the person has the marking and DataProtectionOfficer has not decided yet.</summary>
    public bool NonDisclosureClaimPending { get; private set; }

    /// <summary>
    /// Restriction of processing or a pending objection (GDPR art. 18 and 21): set while a restriction placed through a request
    /// holds. Partner reads, marketing, manual disclosures and edits honour it.
    /// </summary>
    public bool ProcessingRestricted { get; private set; }

    /// <summary>Date of death, set by the Population Register import (docs/population-register.md); partner reads, disclosures and marketing honour it.</summary>
    public DateOnly? DiedOn { get; private set; }

    /// <summary>The address is kept from everyone without the dedicated permission: marked, or claimed and not yet decided (the safe side).</summary>
    public bool AddressProtected => NonDisclosure || NonDisclosureClaimPending;

    public DataSource NameSource { get; private set; }

    public DataSource ContactSource { get; private set; }

    public DataSource AddressSource { get; private set; }

    public DataSource? IdentityCodeSource { get; private set; }

    /// <summary>The date the names took effect, as the Population Register gave it; null when another source last changed them.</summary>
    public DateOnly? NameChangedOn { get; private set; }

    /// <summary>The date the address took effect (the register's alkupaiva or change date); null when another source last changed it.</summary>
    public DateOnly? AddressChangedOn { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Row version for optimistic concurrency (the ETag).</summary>
    public uint Version { get; private set; }

    public string FullName => FullNameOf(FirstName, LastName);

    /// <summary>How a person is named to staff: first name, then last name.</summary>
    public static string FullNameOf(string? firstName, string? lastName) => $"{firstName} {lastName}";

    public IReadOnlyList<IDomainEvent> DomainEvents => domainEvents;

    public void ClearDomainEvents() => domainEvents.Clear();

    public static Person Create(Guid id, PersonDetails details, IdentityCodeChange identityCode, DataSource source, DateTimeOffset now)
    {
        var person = new Person
        {
            Id = id,
            CreatedAt = now,
            NameSource = source,
            ContactSource = source,
            AddressSource = source,
        };
        person.Update(details, identityCode, source, now);
        return person;
    }

    /// <summary>Applies new details; groups that changed take the new source. Returns the changed fields.</summary>
    public IReadOnlyList<string> Update(PersonDetails details, IdentityCodeChange identityCode, DataSource source, DateTimeOffset now)
    {
        var firstName = RequireName(details.FirstName, "firstName");
        var lastName = RequireName(details.LastName, "lastName");
        var changed = new List<string>();

        if (Track(changed, "firstName", FirstName, firstName) | Track(changed, "lastName", LastName, lastName))
            NameSource = source;
        (FirstName, LastName) = (firstName, lastName);

        if (Track(changed, "email", Email, details.Email)
            | Track(changed, "phone", Phone, details.Phone)
            | Track(changed, "mobile", Mobile, details.Mobile)
            | Track(changed, "language", Language, details.Language))
            ContactSource = source;
        (Email, Phone, Mobile, Language) = (details.Email, details.Phone, details.Mobile, details.Language);

        if (Track(changed, "address", Address, details.Address)) (AddressSource, AddressChangedOn) = (source, null);
        Address = details.Address;

        if (Track(changed, "nonDisclosure", NonDisclosure, details.NonDisclosure)) NonDisclosure = details.NonDisclosure;

        switch (identityCode)
        {
            case IdentityCodeChange.SetCode set when set.Code != IdentityCode:
                IdentityCode = set.Code;
                IdentityCodeSource = source;
                changed.Add("personalIdentityCode");
                break;
            case IdentityCodeChange.RemoveCode when IdentityCode is not null:
                IdentityCode = null;
                IdentityCodeSource = null;
                changed.Add("personalIdentityCode");
                break;
        }

        if (changed.Count > 0)
        {
            UpdatedAt = now;
            if (!domainEvents.OfType<PersonDetailsChanged>().Any()) domainEvents.Add(new PersonDetailsChanged(this));
        }
        return changed;
    }

    /// <summary>Marks the person restricted while any restriction of processing holds, and clears it when the last one is lifted.</summary>
    public void MarkProcessingRestricted(bool restricted, DateTimeOffset now)
    {
        if (ProcessingRestricted == restricted) return;
        ProcessingRestricted = restricted;
        UpdatedAt = now;
    }

    /// <summary>A claim of the marking hides the address at once, until it is decided.</summary>
    public void ClaimNonDisclosure() => NonDisclosureClaimPending = true;

    /// <summary>The decision on a claim: confirmed sets the marking (true when it changed it), rejected leaves it as it was.</summary>
    public bool SettleNonDisclosureClaim(bool confirmed, DateTimeOffset now)
    {
        NonDisclosureClaimPending = false;
        if (!confirmed || NonDisclosure) return false;
        NonDisclosure = true;
        UpdatedAt = now;
        return true;
    }

    private static string RequireName(string value, string field)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0) throw new DomainRuleException("Name is required.", field);
        if (trimmed.Length > MaxNameLength) throw new DomainRuleException($"Name is longer than {MaxNameLength} characters.", field);
        return trimmed;
    }

    private static bool Track<T>(List<string> changed, string field, T current, T next)
    {
        if (EqualityComparer<T>.Default.Equals(current, next)) return false;
        changed.Add(field);
        return true;
    }
}
