using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Disclosures;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Persons;

namespace HsWorks.Application.Persons;

/// <summary>
/// The one way staff input changes a person's details, whether edited directly or rectified through a request (Art. 16): the hidden
/// address kept, the marking left to DataProtectionOfficer, the marking's history written, and recipients told of any change.
/// </summary>
internal static class PersonEdits
{
    /// <summary>Applies the input to the tracked person; returns the fields that changed.</summary>
    public static async Task<IReadOnlyList<string>> ApplyAsync(IHsWorksDb db, Person person, PersonInput input, ICurrentUser user, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var details = input.ToDetails(person).KeepingHiddenAddress(input, person, user);
        details.EnsureMayChangeMarking(input.ToSource(), person, user);
        var changed = person.Update(details, input.ToIdentityCodeChange(), input.ToSource(), now);
        if (changed.Contains("nonDisclosure")) db.NonDisclosureChanges.Add(NonDisclosureChange.Of(person, input.ToSource(), now, user.Username));
        if (changed.Count > 0) await RecipientNotices.AddAsync(db, person.Id, NoticeType.PersonRectified, now, cancellationToken);
        return changed;
    }
}
