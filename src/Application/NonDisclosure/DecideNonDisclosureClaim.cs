using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Disclosures;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.NonDisclosure;

/// <summary>
/// DataProtectionOfficer decides a claim of the non-disclosure marking: confirmed sets the marking
/// (into its history, with the claim's source), rejected closes the claim and shows the address again.
/// Both stay on record.
/// </summary>
[RequiresPermission(Permission.NonDisclosureManage)]
[Audited("nonDisclosure.decide")]
public sealed record DecideNonDisclosureClaim(Guid ClaimId, NonDisclosureDecisionInput Input) : ICommand<NonDisclosureClaimDto>;

internal sealed class DecideNonDisclosureClaimValidator : AbstractValidator<DecideNonDisclosureClaim>
{
    public DecideNonDisclosureClaimValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Outcome).NotNull();
        RuleFor(x => x.Input.Note).MaximumLength(NonDisclosureClaim.MaxNoteLength);
    }
}

internal sealed class DecideNonDisclosureClaimHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<DecideNonDisclosureClaim, NonDisclosureClaimDto>
{
    public async ValueTask<NonDisclosureClaimDto> Handle(DecideNonDisclosureClaim command, CancellationToken cancellationToken)
    {
        var claim = await db.NonDisclosureClaims.SingleOrDefaultAsync(c => c.Id == command.ClaimId, cancellationToken)
            ?? throw new NotFoundException("Claim");
        var person = await db.Persons.SingleAsync(p => p.Id == claim.PersonId, cancellationToken);
        trail.Person(person.Id);
        if (!claim.IsOpen) throw new ConflictException(Messages.Get("claimDecided"), "claimId");
        var now = clock.GetUtcNow();
        var outcome = command.Input.Outcome!.Value;
        if (claim.Decide(person, outcome, command.Input.Note, now, currentUser.Username))
        {
            var source = claim.Origin == NonDisclosureClaimOrigin.PartnerLead ? DataSource.PartnerRegister : DataSource.Subject;
            db.NonDisclosureChanges.Add(NonDisclosureChange.Of(person, source, now, currentUser.Username));
            await RecipientNotices.AddAsync(db, person.Id, NoticeType.PersonRectified, now, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"nonDisclosureClaim:{claim.Id}", $"outcome:{EnumNames.ToWire(outcome)}"]);
        return claim.ToDto(person);
    }
}
