using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.NonDisclosure;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.NonDisclosure;

/// <summary>
/// Staff record that the person says they have the non-disclosure marking (issue 10.2). Only
/// DataProtectionOfficer sets the marking; until they decide, the address is hidden (the safe side).
/// While a claim is open, recording another answers the open one.
/// </summary>
[RequiresPermission(Permission.PersonsWrite)]
[Audited("nonDisclosure.claim")]
public sealed record ClaimNonDisclosure(Guid PersonId, NonDisclosureClaimInput Input) : ICommand<NonDisclosureClaimResult>;

/// <summary>The claim, and whether this call opened it (false: one was already open).</summary>
public sealed record NonDisclosureClaimResult(NonDisclosureClaimDto Claim, bool Created);

internal sealed class ClaimNonDisclosureValidator : AbstractValidator<ClaimNonDisclosure>
{
    public ClaimNonDisclosureValidator() => RuleFor(x => x.Input.Note).MaximumLength(NonDisclosureClaim.MaxNoteLength).When(x => x.Input is not null);
}

internal sealed class ClaimNonDisclosureHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<ClaimNonDisclosure, NonDisclosureClaimResult>
{
    public async ValueTask<NonDisclosureClaimResult> Handle(ClaimNonDisclosure command, CancellationToken cancellationToken)
    {
        var person = await db.Persons.SingleOrDefaultAsync(p => p.Id == command.PersonId, cancellationToken) ?? throw new NotFoundException("Person");
        trail.Person(person.Id);
        var open = await db.NonDisclosureClaims.AsNoTracking().SingleOrDefaultAsync(c => c.PersonId == person.Id && c.Outcome == null, cancellationToken);
        if (open is not null) return new NonDisclosureClaimResult(open.ToDto(person), Created: false);
        var claim = NonDisclosureClaim.Open(Guid.CreateVersion7(), person, NonDisclosureClaimOrigin.Staff, command.Input?.Note, clock.GetUtcNow(),
            currentUser.Username);
        db.NonDisclosureClaims.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"nonDisclosureClaim:{claim.Id}"]);
        return new NonDisclosureClaimResult(claim.ToDto(person), Created: true);
    }
}
