using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>Opens a recording for playback by a level that may play it (R4.9); every playback is audited.</summary>
[RequiresPermission(Permission.RecordingsPlay)]
[Audited("recording.play")]
public sealed record PlayRecording(Guid Id) : IQuery<RecordingContent>;

internal sealed class PlayRecordingHandler(IHsWorksDb db, IRecordingStore store, AuditTrail trail) : IQueryHandler<PlayRecording, RecordingContent>
{
    public async ValueTask<RecordingContent> Handle(PlayRecording query, CancellationToken cancellationToken)
    {
        var recording = await db.Recordings.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Recording");
        var content = store.OpenRead(recording.Id) ?? throw new NotFoundException("Recording content");
        trail.Customer(recording.CustomerId).Persons(await db.PersonIdsOfAsync(recording.CustomerId, cancellationToken)).Changed([$"recording:{recording.Id}"]);
        return new RecordingContent(content, recording.ContentType, recording.FileName);
    }
}
