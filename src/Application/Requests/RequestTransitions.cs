using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Requests;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// The one way a step is taken on a request: load it, answer 409 when its state refuses the step
/// (<see cref="DataSubjectRequest.Refuses"/>), let the use case take the step, store it with its timeline
/// entries and name it in the audit record; the answer is the request as it is now.
/// </summary>
internal static class RequestTransitions
{
    public static async Task<RequestDto> TakeAsync(IHsWorksDb db, AuditTrail trail, TimeProvider clock, Guid id, RequestStep step,
        Func<DataSubjectRequest, DateTimeOffset, Task> take, CancellationToken cancellationToken)
    {
        var request = await db.DataSubjectRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException("Request");
        var now = clock.GetUtcNow();
        trail.Persons(request.PersonIds).Changed([$"request:{request.Id}"]);
        if (request.Refuses(step, ResponseDeadline.DayOf(now)) is { } why) throw new ConflictException(why, "status");
        await take(request, now);
        db.RequestEvents.AddRange(request.NewEvents);
        await db.SaveChangesAsync(cancellationToken);
        trail.Persons(request.PersonIds).Changed([$"step:{EnumNames.ToWire(step)}"]);
        return await ReadAsync(db, request, now, cancellationToken);
    }

    public static async Task<RequestDto> ReadAsync(IHsWorksDb db, DataSubjectRequest request, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var timeline = await db.RequestEvents.AsNoTracking().Where(e => e.RequestId == request.Id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var rectified = await db.RectifiedFields.AsNoTracking().Where(f => f.RequestId == request.Id).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var restrictions = await db.ProcessingRestrictions.AsNoTracking().Where(x => x.RequestId == request.Id).OrderBy(x => x.PlacedAt)
            .ToListAsync(cancellationToken);
        return request.ToDto(timeline, rectified, restrictions, ResponseDeadline.DayOf(now));
    }
}
