using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Marketing;
using HsWorks.Application.Subjects;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Subjects;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Partner;

public sealed record PartnerAddressDto(string Street, string PostalCode, string City, string Country);

/// <summary>
/// A person as a partner sees them: only the fields of the categories disclosed to it (basic: names
/// and language; email; phone: phone and mobile; address). Fields of other categories are null.
/// </summary>
public sealed record PartnerPersonDto(
    Guid Id, IReadOnlyList<string> Categories, string? FirstName, string? LastName, string? Language, string? Email, string? Phone, string? Mobile,
    PartnerAddressDto? Address);

public sealed record PartnerDisclosureDto(Guid Id, string Kind, string Purpose, IReadOnlyList<string> DataCategories, int PersonCount, DateTimeOffset At);

/// <summary>A lead: a person in the foundation's person shape and, optionally, the consumer customer they are.</summary>
public sealed record LeadInput(PersonInput Person, LeadCustomerInput? Customer);

/// <summary>Only consumer customers come in as leads; customerSince defaults to today.</summary>
public sealed record LeadCustomerInput(DateOnly? CustomerSince, IReadOnlyList<string>? ProductGroups);

public sealed record LeadDto(Guid PersonId, Guid? CustomerId);

internal static class DisclosedPersons
{
    /// <summary>The persons disclosed to the recipient (not counting its own reads), each with the categories disclosed and the latest purpose.</summary>
    public static async Task<Dictionary<Guid, (HashSet<string> Categories, Disclosure Latest)>> ForRecipientAsync(IHsWorksDb db, Guid recipientId,
        Guid? personId, CancellationToken ct)
    {
        var query = db.Disclosures.AsNoTracking().Where(d => d.RecipientId == recipientId && d.Kind != DisclosureKind.PartnerRead);
        if (personId is { } id) query = query.Where(d => d.PersonIds.Contains(id));
        var disclosures = await query.OrderBy(d => d.At).ToListAsync(ct);
        var byPerson = new Dictionary<Guid, (HashSet<string>, Disclosure)>();
        foreach (var disclosure in disclosures)
        {
            foreach (var person in disclosure.PersonIds.Where(p => personId is null || p == personId))
            {
                var categories = byPerson.TryGetValue(person, out var known) ? known.Item1 : [];
                categories.UnionWith(disclosure.DataCategories);
                byPerson[person] = (categories, disclosure);
            }
        }
        return byPerson;
    }

    /// <summary>
    /// Leaves out whom the partner may no longer be given: anyone with the non-disclosure marking,
    /// and for partner marketing anyone the marketing rules now exclude in every channel (a ban,
    /// a withdrawn consent, a prohibition register) — a read is a new disclosure, checked like one.
    /// </summary>
    public static async Task<Dictionary<Guid, (HashSet<string> Categories, Disclosure Latest)>> StillDisclosableAsync(IHsWorksDb db,
        IMarketingSelections selections, Dictionary<Guid, (HashSet<string> Categories, Disclosure Latest)> disclosed, DateTimeOffset now,
        CancellationToken ct)
    {
        var ids = disclosed.Keys.ToList();
        var hidden = await db.Persons.AsNoTracking().Where(p => ids.Contains(p.Id) && p.NonDisclosure).Select(p => p.Id).ToListAsync(ct);
        var marketing = disclosed.Where(d => d.Value.Latest.PurposeCode == Purpose.PartnerMarketingCode).Select(d => d.Key).ToList();
        var stillIncluded = marketing.Count == 0 ? [] : await PartnerMarketingReach.IncludedAsync(selections,
            await db.Purposes.AsNoTracking().SingleAsync(p => p.Code == Purpose.PartnerMarketingCode, ct), marketing, now, ct);
        return disclosed.Where(d => !hidden.Contains(d.Key) && (d.Value.Latest.PurposeCode != Purpose.PartnerMarketingCode || stillIncluded.Contains(d.Key)))
            .ToDictionary(d => d.Key, d => d.Value);
    }

    public static PartnerPersonDto ToPartnerDto(this Person p, IReadOnlySet<string> categories)
    {
        var basic = categories.Contains(PersonDataCategories.Basic);
        var email = categories.Contains(PersonDataCategories.Email);
        var phone = categories.Contains(PersonDataCategories.Phone);
        var address = categories.Contains(PersonDataCategories.Address);
        return new PartnerPersonDto(p.Id, [.. categories.Order()], basic ? p.FirstName : null, basic ? p.LastName : null,
            basic ? p.Language.ToString().ToLowerInvariant() : null, email ? p.Email?.Value : null, phone ? p.Phone?.E164 : null,
            phone ? p.Mobile?.E164 : null,
            address && p.Address is { } a ? new PartnerAddressDto(a.Street, a.PostalCode.Value, a.City, a.Country.Value) : null);
    }

    /// <summary>Every read by a partner is itself a disclosure (R6.5): one per purpose the persons were disclosed for.</summary>
    public static void RecordRead(IHsWorksDb db, Recipient recipient, IEnumerable<(Guid PersonId, Disclosure Latest, IReadOnlyCollection<string> Categories)> read,
        IReadOnlyDictionary<string, Purpose> purposes, ICurrentUser caller, DateTimeOffset now)
    {
        foreach (var group in read.GroupBy(r => (r.Latest.PurposeCode, r.Latest.LegalBasis)))
        {
            db.Disclosures.Add(Disclosure.Make(Guid.CreateVersion7(), recipient, DisclosureKind.PartnerRead, purposes[group.Key.PurposeCode],
                group.Key.LegalBasis, [.. group.SelectMany(r => r.Categories).Distinct()], [.. group.Select(r => r.PersonId)], null, now, null,
                caller.ApiClientId, caller.Username));
        }
    }
}
