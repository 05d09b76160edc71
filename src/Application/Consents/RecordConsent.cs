using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Disclosures;
using HsWorks.Application.Register;
using HsWorks.Domain.Consents;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Consents;

/// <summary>
/// Appends a consent or a withdrawal to the person's ledger with its source and evidence. One
/// event either way: withdrawing is as easy as giving. A purpose not based on consent takes none.
/// </summary>
[RequiresPermission(Permission.ConsentsWrite)]
[Audited("consent.record")]
public sealed record RecordConsent(Guid PersonId, ConsentEventInput Input) : ICommand<ConsentEventDto>;

internal sealed class RecordConsentValidator : AbstractValidator<RecordConsent>
{
    public RecordConsentValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Purpose).NotEmpty().MaximumLength(50);
        RuleFor(x => x.Input.Channel).NotNull();
        RuleFor(x => x.Input.Action).NotNull();
        RuleFor(x => x.Input.Evidence).NotEmpty().MaximumLength(ConsentEvent.MaxEvidenceLength);
    }
}

internal sealed class RecordConsentHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<RecordConsent, ConsentEventDto>
{
    public async ValueTask<ConsentEventDto> Handle(RecordConsent command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        // The person's row is locked while its ledger is read and appended to, so two parallel
        // withdrawals cannot both pass the "something to withdraw" rule.
        if (await db.FindPersonForUpdateAsync(command.PersonId, cancellationToken) is null) throw new NotFoundException("Person");
        var purpose = await db.Purposes.SingleOrDefaultAsync(p => p.Code == input.Purpose, cancellationToken)
            ?? throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("purpose", Messages.Get("noSuchPurpose"))]);
        if (input.ProductGroupId is { } group && !await db.ProductGroups.AnyAsync(g => g.Id == group, cancellationToken))
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("productGroupId", Messages.Get("noSuchProductGroup"))]);

        var ledger = new ConsentLedger(await db.ConsentEvents.Where(e => e.PersonId == command.PersonId && e.PurposeId == purpose.Id).ToListAsync(cancellationToken));
        // Pinned to the privacy notice in force now, so what the person was told can be shown with the consent.
        var noticeVersion = await PrivacyNotices.InForceAsync(db, cancellationToken);
        var recorded = ledger.Record(purpose, command.PersonId, input.Channel!.Value, input.ProductGroupId,
            input.Action!.Value, clock.GetUtcNow(), input.Source ?? ConsentSource.Form, input.Evidence, currentUser.UserId, currentUser.Username, noticeVersion);
        db.ConsentEvents.Add(recorded);
        if (recorded.Action == ConsentAction.Withdrawn)
            await RecipientNotices.AddAsync(db, command.PersonId, NoticeType.ConsentWithdrawn, recorded.At, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        trail.Person(command.PersonId).Changed([$"consent:{purpose.Code}:{EnumNames.ToWire(recorded.Channel)}:{EnumNames.ToWire(recorded.Action)}"]);
        return recorded.ToDto(new Dictionary<Guid, string> { [purpose.Id] = purpose.Code });
    }
}
