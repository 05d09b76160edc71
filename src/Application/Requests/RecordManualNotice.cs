using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// Records that a recipient of the request's persons was told of the rectification, erasure or restriction by other means than its
/// webhook (GDPR Art. 19): how, when, a note. The recipient must be one of the request's recipients (<see cref="RecipientsToTell"/>).
/// Also on a closed request, for telling the recipients may follow the answer.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.recipient.notice")]
public sealed record RecordManualNotice(Guid Id, Guid RecipientId, ManualNoticeInput Input) : ICommand<RequestDto>;

internal sealed class RecordManualNoticeValidator : AbstractValidator<RecordManualNotice>
{
    public RecordManualNoticeValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Method).NotNull();
        RuleFor(x => x.Input.Note).MaximumLength(ManualRecipientNotice.MaxNoteLength);
    }
}

internal sealed class RecordManualNoticeHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<RecordManualNotice, RequestDto>
{
    public async ValueTask<RequestDto> Handle(RecordManualNotice command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.RecipientToldManually, async (request, now) =>
        {
            var personIds = request.PersonIds;
            var received = await db.Disclosures.AnyAsync(d => d.RecipientId == command.RecipientId && d.PersonIds.Any(p => personIds.Contains(p)),
                cancellationToken);
            if (!received) throw new ConflictException("The recipient received none of the request's persons' data.", "recipientId");
            var name = await db.Recipients.Where(r => r.Id == command.RecipientId).Select(r => r.Name).SingleAsync(cancellationToken);
            var input = command.Input;
            var notice = ManualRecipientNotice.Of(Guid.CreateVersion7(), request.Id, command.RecipientId, input.Method!.Value, input.ToldAt ?? now, input.Note,
                now, currentUser.Username);
            db.ManualRecipientNotices.Add(notice);
            request.RecordManualNotice(notice, name, now, currentUser.Username);
            trail.Changed([$"recipient:{command.RecipientId}"]);
        }, cancellationToken);
}
