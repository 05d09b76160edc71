using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Persons;

/// <summary>Turns validated input into domain values, and a person into what the caller may see.</summary>
internal static class PersonMapping
{
    /// <summary>The details to store; language and non-disclosure left out keep what <paramref name="current"/> has.</summary>
    public static PersonDetails ToDetails(this PersonInput input, Person? current = null) => new(
        input.FirstName,
        input.LastName,
        Optional(input.Email, Email.Parse),
        Optional(input.Phone, PhoneNumber.Parse),
        Optional(input.Mobile, PhoneNumber.Parse),
        input.Language ?? current?.Language ?? Language.Fi,
        ToAddress(input.Address),
        // A client that does not know the marking must never clear it by leaving it out (R5.2).
        input.NonDisclosure ?? current?.NonDisclosure ?? false);

    public static IdentityCodeChange ToIdentityCodeChange(this PersonInput input) => input.PersonalIdentityCode switch
    {
        null => IdentityCodeChange.Keep,
        var code when string.IsNullOrWhiteSpace(code) => IdentityCodeChange.Remove,
        var code => IdentityCodeChange.Set(PersonalIdentityCode.Parse(code).ValueOrThrow("personalIdentityCode")),
    };

    public static DataSource ToSource(this PersonInput input) =>
        input.Source ?? DataSource.Staff;

    /// <summary>
    /// Only DataProtectionOfficer (nonDisclosure.manage) sets or lifts the non-disclosure marking and names
    /// the Population Register as a source (issue 10.2); others record a claim of the marking instead.
    /// </summary>
    public static void EnsureMayChangeMarking(this PersonDetails details, DataSource source, Person? current, ICurrentUser user)
    {
        if (user.Has(Permission.NonDisclosureManage)) return;
        if (details.NonDisclosure != (current?.NonDisclosure ?? false))
            throw new ForbiddenException(Messages.Get("nonDisclosureByDpoOnly"));
        if (source == DataSource.PopulationRegister)
            throw new ForbiddenException(Messages.Get("populationRegisterByDpoOnly"));
    }

    /// <summary>Who may not see a protected address edits without it: leaving it out keeps the stored one, never erases it.</summary>
    public static PersonDetails KeepingHiddenAddress(this PersonDetails details, PersonInput input, Person current, ICurrentUser user) =>
        ProtectedAddress.HiddenFrom(user, current.AddressProtected) && (input.Address is null || PersonInputValidator.AddressIsBlank(input.Address))
            ? details with { Address = current.Address }
            : details;

    /// <summary>
    /// What <paramref name="user"/> may see of the person. The whole identity code goes only to
    /// persons.readIdentityCode, and every time it does, the audit record says so (the one place of that rule).
    /// </summary>
    public static async Task<PersonDto> ToDtoAsync(this Person person, IHsWorksDb db, ICurrentUser user, AuditTrail trail, CancellationToken ct)
    {
        // Two index lookups joined (UNION), not one OR across customers and their contact persons, which no index serves: with
        // the OR PostgreSQL read every customer (bench: 46,250 rows at 50,000 persons). Each side is narrowed to the five columns
        // shown before the UNION, so PostgreSQL plans and de-duplicates those, not every column of customers (bench/overview/README.md).
        var personId = person.Id;
        var rows = await db.Customers.AsNoTracking().Where(c => c.PersonId == personId)
            .Select(c => new { c.Id, c.CustomerNumber, c.Name, c.Type, Consumer = true })
            .Union(db.Customers.AsNoTracking().Where(c => db.ContactPersons.Any(cp => cp.PersonId == personId && cp.CustomerId == c.Id))
                .Select(c => new { c.Id, c.CustomerNumber, c.Name, c.Type, Consumer = c.PersonId == personId }))
            .ToListAsync(ct);
        var customers = rows.OrderBy(c => c.CustomerNumber)
            .Select(c => new PersonCustomerDto(c.Id, c.CustomerNumber, Customer.DisplayName(c.Name, person.FirstName, person.LastName), c.Type,
                c.Consumer ? CustomerRole.Consumer : CustomerRole.ContactPerson))
            .ToList();
        var seesWholeCode = user.Has(Permission.PersonsReadIdentityCode);
        if (seesWholeCode && person.IdentityCode is not null) trail.Changed([PersonFields.IdentityCodeRead]);
        var addressHidden = ProtectedAddress.HiddenFrom(user, person.AddressProtected);
        var restriction = person.ProcessingRestricted ? await Requests.RestrictedProcessing.HoldingAsync(db, person.Id, ct) : null;
        return new PersonDto(
            person.Id,
            person.FirstName,
            person.LastName,
            person.Email?.Value,
            person.Phone?.E164,
            person.Phone?.ToFinnishFormat(),
            person.Mobile?.E164,
            person.Mobile?.ToFinnishFormat(),
            person.Language,
            seesWholeCode ? person.IdentityCode?.Value : person.IdentityCode?.Masked,
            person.IdentityCode is not null && !seesWholeCode,
            person.IdentityCode is not null,
            person.NonDisclosure,
            person.NonDisclosureClaimPending,
            addressHidden,
            !addressHidden && person.Address is { } a ? new AddressDto(a.Street, a.PostalCode.Value, a.City, a.Country.Value) : null,
            person.NameSource,
            new PersonSourcesDto(person.NameSource, person.ContactSource, person.AddressSource, person.IdentityCodeSource),
            customers,
            person.Version.ToString(),
            person.CreatedAt,
            person.UpdatedAt,
            person.ProcessingRestricted,
            restriction is null ? null : new PersonRestrictionDto(restriction.Reason, restriction.From, restriction.Until, restriction.RequestId),
            person.DiedOn,
            // For information only, read as the marking itself is: an end date never lifts the marking (docs/population-register.md).
            person.NonDisclosure ? person.NonDisclosureEndsOn : null);
    }

    private static T? Optional<T>(string? value, Func<string?, Domain.Common.ParseResult<T>> parse) where T : class =>
        string.IsNullOrWhiteSpace(value) ? null : parse(value).ValueOrThrow();

    private static Address? ToAddress(AddressInput? input)
    {
        if (input is null || PersonInputValidator.AddressIsBlank(input)) return null;
        var country = PersonInputValidator.CountryOf(input);
        return new Address(input.Street!.Trim(), PostalCode.Parse(input.PostalCode, country).ValueOrThrow("address.postalCode"),
            input.City!.Trim(), CountryCode.Parse(country).ValueOrThrow("address.country"));
    }
}
