using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Disclosures;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// Records the objection of the request's persons (GDPR Art. 21). To direct marketing it takes effect at once as a permanent ban for
/// every channel and every partner — the person's own prohibitions directMarketing and partnerDisclosure on channel all — and the
/// recipients of their data are told (objected). To other processing it is recorded for DataProtectionOfficer's decision, and
/// processing of each person is restricted while it is weighed (Art. 18(1)(d)). Only on an open objection request whose requester's
/// identity is verified and whose persons are matched.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.objection")]
public sealed record RecordObjection(Guid Id, ObjectionInput Input) : ICommand<RequestDto>;

internal sealed class RecordObjectionValidator : AbstractValidator<RecordObjection>
{
    public RecordObjectionValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Kind).NotNull();
        RuleFor(x => x.Input.Note).MaximumLength(DataSubjectRequest.MaxTextLength);
    }
}

internal sealed class RecordObjectionHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<RecordObjection, RequestDto>
{
    private static readonly ProhibitionKind[] Bans = [ProhibitionKind.DirectMarketing, ProhibitionKind.PartnerDisclosure];

    public async ValueTask<RequestDto> Handle(RecordObjection command, CancellationToken cancellationToken) =>
        await RequestTransitions.TakeAsync(db, trail, clock, command.Id, RequestStep.Objected, async (request, now) =>
        {
            var kind = command.Input.Kind!.Value;
            var by = currentUser.Username;
            request.Object(kind, command.Input.Note, now, by);
            foreach (var personId in request.PersonIds)
            {
                if (kind == ObjectionKind.DirectMarketing) await BanAsync(personId, request.Id, now, by, cancellationToken);
                else
                    await RestrictProcessingHandler.PlaceAsync(db, request, personId, RestrictionReason.ObjectionPending, command.Input.Note,
                        ResponseDeadline.DayOf(now), null, now, by, cancellationToken);
            }
        }, cancellationToken);

    /// <summary>Both bans on every channel, unless the person already has them; the recipients hear of the objection either way.</summary>
    private async Task BanAsync(Guid personId, Guid requestId, DateTimeOffset now, string by, CancellationToken cancellationToken)
    {
        var held = await db.Prohibitions.Where(p => p.PersonId == personId && p.Channel == Channel.All && p.LiftedAt == null).Select(p => p.Kind)
            .ToListAsync(cancellationToken);
        foreach (var ban in Bans.Except(held))
            db.Prohibitions.Add(Prohibition.Impose(Guid.CreateVersion7(), personId, ban, Channel.All, DataSource.Subject,
                $"Objection to direct marketing (GDPR Art. 21(2)), request {requestId}", now, by));
        await RecipientNotices.AddAsync(db, personId, NoticeType.Objected, now, cancellationToken);
        trail.Person(personId).Changed([.. Bans.Select(b => $"prohibition:{b}")]);
    }
}
