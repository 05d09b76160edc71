using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Disclosures;
using HsWorks.Application.Retention;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// Carries out an erasure request (GDPR Art. 17) in one transaction: every recipient that ever got a matched person's data is
/// told (personErased) before anything is reduced; then the persons' data is erased, anonymised or kept as the one
/// classification says (search words and match keys included, the encrypted identity code with the person row); kept
/// invoices serve accounting only; a suppression record of keyed hashes stays; the request records every item, field by
/// field, and gets its timeline step. The recordings' files are deleted last, inside the unit: should the commit then fail,
/// the rows are still there without files and the request still open, and carrying it out again finishes the erasure —
/// never a committed erasure that left a file behind. Not retried (it deletes files).
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.erasure")]
[NotRetried]
public sealed record CarryOutErasure(Guid Id) : ICommand<ErasureDto>;

internal sealed class CarryOutErasureHandler(
    IHsWorksDb db, IPersonErasure erasure, ISuppressionHasher hasher, IRecordingStore recordings, ICurrentUser currentUser, AuditTrail trail,
    TimeProvider clock) : ICommandHandler<CarryOutErasure, ErasureDto>
{
    public async ValueTask<ErasureDto> Handle(CarryOutErasure command, CancellationToken cancellationToken)
    {
        var request = await db.DataSubjectRequests.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Request");
        var now = clock.GetUtcNow();
        trail.Persons(request.PersonIds).Changed([$"request:{request.Id}"]);
        if (request.Refuses(RequestStep.Erased, ResponseDeadline.DayOf(now)) is { } why) throw new ConflictException(why, "status");
        var persons = await db.Persons.AsNoTracking().Where(p => request.PersonIds.Contains(p.Id)).ToListAsync(cancellationToken);
        if (persons.Count != request.PersonIds.Length) throw new ConflictException(Messages.Get("noSuchPerson"), "personIds");
        // Art. 17(3)(e): data kept for legal claims under a hold is not erased until the hold is lifted.
        if (await LegalHolds.AnyOverAsync(db, request.PersonIds, cancellationToken)) throw new ConflictException(Messages.Get("erasureUnderLegalHold"), EnumNames.ToWire(ErasureArea.LegalHold));

        // Recipients are found through the disclosure records, so they are told before the erasure reduces anything.
        foreach (var person in persons) await RecipientNotices.AddAsync(db, person.Id, NoticeType.PersonErased, now, cancellationToken);
        var suppressions = persons.ToDictionary(p => p.Id, p => ErasureRecord.IdentifiersOf(p));
        // The request is saved before the erasure's statements anonymise its requester, which changes its row version.
        request.MarkErased(now, currentUser.Username);
        db.RequestEvents.AddRange(request.NewEvents);
        await db.SaveChangesAsync(cancellationToken);

        var done = await erasure.EraseAsync(request.PersonIds, now, cancellationToken);
        var items = done.Items.ToList();
        var stored = new HashSet<string>();
        foreach (var (personId, identifiers) in suppressions)
        {
            foreach (var (kind, normalised) in identifiers)
            {
                var hash = hasher.Hash(normalised);
                if (!stored.Add(Convert.ToHexString(hash)) || await db.SuppressionRecords.AnyAsync(s => s.Hash == hash, cancellationToken)) continue;
                db.SuppressionRecords.Add(new SuppressionRecord(hash, kind, request.Id, now));
            }
            if (identifiers.Count > 0) items.Add(ErasureMapping.SuppressionItem(personId, identifiers.Select(i => i.Kind)));
        }
        db.ErasureItems.AddRange(items.Select(i => new ErasureItem(request.Id, i.PersonId, i.Area, i.ItemId, i.What, i.Action, i.Ground, i.KeepUntil, now)));
        await db.SaveChangesAsync(cancellationToken);

        foreach (var recording in done.RecordingIds) await recordings.DeleteAsync(recording, cancellationToken);
        trail.Changed([$"step:{EnumNames.ToWire(RequestStep.Erased)}", $"items:{items.Count}", $"recordings:{done.RecordingIds.Count}"]);
        var fresh = await db.DataSubjectRequests.AsNoTracking().SingleAsync(r => r.Id == request.Id, cancellationToken);
        return await ErasureRecord.ReadAsync(db, fresh, cancellationToken);
    }
}
