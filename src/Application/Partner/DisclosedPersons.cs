using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Marketing;
using HsWorks.Application.Persons;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Purposes;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Partner;

/// <summary>What a partner may read of one person now: the fields, and the bases (purpose and legal basis of earlier disclosures) the read rests on, each with the categories it covers.</summary>
internal sealed record ServablePerson(DisclosedFields Fields, IReadOnlyDictionary<(string PurposeCode, LegalBasis LegalBasis), DisclosedFields> Bases);

internal static class DisclosedPersons
{
    private static readonly IReadOnlySet<Channel> NoChannel = new HashSet<Channel>();

    /// <summary>
    /// The persons disclosed to the recipient (not counting its own reads) that a current basis still
    /// covers, each with only the fields it covers (<see cref="DisclosureCoverage"/>): every disclosure
    /// counts with its own purpose and categories, and a marketing purpose only through the channels the
    /// marketing rules still allow — a read is a new disclosure, checked like one. Nobody with the
    /// non-disclosure marking or a pending claim of it, a restriction of processing, or a date of death, whatever the purpose. Names and
    /// addresses that came from the Population Register only where its licence allows passing them on (the controller's
    /// <see cref="Domain.Register.ControllerDetails.PopulationRegisterDataToPartners"/>, off unless an administrator turned it on).
    /// </summary>
    public static async Task<Dictionary<Guid, ServablePerson>> ServableAsync(IHsWorksDb db, IMarketingSelections selections, Guid recipientId,
        Guid? personId, DateTimeOffset now, CancellationToken ct)
    {
        var query = db.Disclosures.AsNoTracking().Where(d => d.RecipientId == recipientId && d.Kind != DisclosureKind.PartnerRead);
        if (personId is { } id) query = query.Where(d => d.PersonIds.Contains(id));
        var disclosures = await query.OrderBy(d => d.At).ToListAsync(ct);
        var personIds = disclosures.SelectMany(d => d.PersonIds).Where(p => personId is null || p == personId).ToHashSet();
        var withheld = await db.Persons.AsNoTracking()
            .Where(p => personIds.Contains(p.Id) && (p.NonDisclosure || p.NonDisclosureClaimPending || p.ProcessingRestricted || p.DiedOn != null))
            .Select(p => p.Id).ToListAsync(ct);
        personIds.ExceptWith(withheld);
        // The Population Register's data goes to partners only where its licence allows: otherwise those groups are withheld.
        var populationRegisterLicensed = await db.ControllerDetails.AsNoTracking().AnyAsync(c => c.PopulationRegisterDataToPartners, ct);
        var fromRegister = populationRegisterLicensed
            ? []
            : await db.Persons.AsNoTracking()
                .Where(p => personIds.Contains(p.Id) && (p.NameSource == DataSource.PopulationRegister || p.AddressSource == DataSource.PopulationRegister))
                .ToDictionaryAsync(p => p.Id, p => (p.NameSource == DataSource.PopulationRegister ? DisclosedFields.Names : DisclosedFields.None)
                    | (p.AddressSource == DataSource.PopulationRegister ? DisclosedFields.Address : DisclosedFields.None), ct);

        var codes = disclosures.Select(d => d.PurposeCode).Distinct().ToList();
        var purposes = await db.Purposes.AsNoTracking().Where(p => codes.Contains(p.Code)).ToDictionaryAsync(p => p.Code, ct);
        var openChannels = new Dictionary<string, Dictionary<Guid, HashSet<Channel>>>();
        foreach (var purpose in purposes.Values.Where(p => p.IsMarketing))
        {
            var among = disclosures.Where(d => d.PurposeCode == purpose.Code).SelectMany(d => d.PersonIds).Where(personIds.Contains).Distinct().ToList();
            openChannels[purpose.Code] = await PartnerMarketingReach.ChannelsAsync(selections, purpose, among, now, ct);
        }

        var servable = new Dictionary<Guid, Dictionary<(string, LegalBasis), DisclosedFields>>();
        foreach (var disclosure in disclosures)
        {
            if (!purposes.TryGetValue(disclosure.PurposeCode, out var purpose)) continue;
            foreach (var person in disclosure.PersonIds.Where(personIds.Contains))
            {
                IReadOnlySet<Channel> open = purpose.IsMarketing && openChannels[purpose.Code].TryGetValue(person, out var channels) ? channels : NoChannel;
                var fields = DisclosureCoverage.Covered(disclosure.DataCategories, purpose.IsMarketing, open) & ~fromRegister.GetValueOrDefault(person);
                if (fields == DisclosedFields.None) continue;
                if (!servable.TryGetValue(person, out var bases)) servable[person] = bases = [];
                var basis = (disclosure.PurposeCode, disclosure.LegalBasis);
                bases[basis] = bases.GetValueOrDefault(basis) | fields;
            }
        }
        return servable.ToDictionary(p => p.Key, p => new ServablePerson(p.Value.Values.Aggregate(DisclosedFields.None, (all, f) => all | f), p.Value));
    }

    public static PartnerPersonDto ToPartnerDto(this Person p, DisclosedFields fields)
    {
        var names = fields.HasFlag(DisclosedFields.Names);
        return new PartnerPersonDto(p.Id, [.. DisclosureCoverage.CategoriesOf(fields).Order()], names ? p.FirstName : null, names ? p.LastName : null,
            names ? p.Language : null,
            fields.HasFlag(DisclosedFields.Email) ? p.Email?.Value : null,
            fields.HasFlag(DisclosedFields.Phone) ? p.Phone?.E164 : null,
            fields.HasFlag(DisclosedFields.Mobile) ? p.Mobile?.E164 : null,
            fields.HasFlag(DisclosedFields.Address) && p.Address is { } a ? new PartnerAddressDto(a.Street, a.PostalCode.Value, a.City, a.Country.Value) : null);
    }

    /// <summary>Every read by a partner is itself a disclosure (R6.5): one per purpose and legal basis it rests on, with the categories that basis covered.</summary>
    public static async Task RecordReadAsync(IHsWorksDb db, Recipient recipient, IEnumerable<(Guid PersonId, ServablePerson Served)> read, ICurrentUser caller,
        DateTimeOffset now, CancellationToken ct)
    {
        var purposes = await db.Purposes.AsNoTracking().ToDictionaryAsync(p => p.Code, ct);
        var byBasis = read.SelectMany(r => r.Served.Bases.Select(b => (b.Key, r.PersonId, b.Value))).GroupBy(x => x.Key);
        foreach (var group in byBasis)
        {
            var categories = DisclosureCoverage.CategoriesOf(group.Aggregate(DisclosedFields.None, (all, x) => all | x.Value));
            db.Disclosures.Add(Disclosure.Make(Guid.CreateVersion7(), recipient, DisclosureKind.PartnerRead, purposes[group.Key.PurposeCode],
                group.Key.LegalBasis, categories, [.. group.Select(x => x.PersonId)], null, now, null, caller.ApiClientId, caller.Username));
        }
    }
}
