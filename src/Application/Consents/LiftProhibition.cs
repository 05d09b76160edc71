using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Consents;

/// <summary>Lifts a ban; it stays on record with when and by whom it was lifted.</summary>
[RequiresPermission(Permission.ConsentsWrite)]
[Audited("prohibition.lift")]
public sealed record LiftProhibition(Guid PersonId, Guid ProhibitionId) : ICommand<ProhibitionDto>;

internal sealed class LiftProhibitionHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<LiftProhibition, ProhibitionDto>
{
    public async ValueTask<ProhibitionDto> Handle(LiftProhibition command, CancellationToken cancellationToken)
    {
        var prohibition = await db.Prohibitions.SingleOrDefaultAsync(p => p.Id == command.ProhibitionId && p.PersonId == command.PersonId, cancellationToken)
            ?? throw new NotFoundException("Prohibition");
        prohibition.Lift(clock.GetUtcNow(), currentUser.Username);
        await db.SaveChangesAsync(cancellationToken);
        trail.Person(command.PersonId).Changed(["prohibition:lifted"]);
        return prohibition.ToDto();
    }
}
