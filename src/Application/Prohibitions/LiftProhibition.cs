using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Prohibitions;

/// <summary>
/// Lifts a ban or an objection; it stays on record with when and by whom it was lifted. Anyone who
/// takes a ban records it, but only DataProtectionOfficer lifts one (issue 10.3).
/// </summary>
[RequiresPermission(Permission.ProhibitionsLift)]
[Audited("prohibition.lift")]
public sealed record LiftProhibition(Guid PersonId, Guid ProhibitionId, string? Reason) : ICommand<ProhibitionDto>;

/// <summary>Why the ban is lifted (kept in the audit record).</summary>
public sealed record LiftProhibitionInput(string? Reason);

internal sealed class LiftProhibitionHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<LiftProhibition, ProhibitionDto>
{
    public async ValueTask<ProhibitionDto> Handle(LiftProhibition command, CancellationToken cancellationToken)
    {
        var prohibition = await db.Prohibitions.SingleOrDefaultAsync(p => p.Id == command.ProhibitionId && p.PersonId == command.PersonId, cancellationToken)
            ?? throw new NotFoundException("Prohibition");
        // A register's ban goes when the register's next import no longer lists the person, not by hand.
        if (prohibition.Source == Domain.Persons.DataSource.ProhibitionRegister)
            throw new ConflictException("A ban from a prohibition register is lifted by the register's next import, not by hand.", "prohibitionId");
        prohibition.Lift(clock.GetUtcNow(), currentUser.Username);
        await db.SaveChangesAsync(cancellationToken);
        trail.Person(command.PersonId).Changed(["prohibition:lifted"]);
        if (!string.IsNullOrWhiteSpace(command.Reason)) trail.Because(command.Reason.Trim()[..Math.Min(500, command.Reason.Trim().Length)]);
        return prohibition.ToDto();
    }
}
