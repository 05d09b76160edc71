using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Retention;

/// <summary>Lifts a legal hold; the record of it stays. The next run applies the rules to what it held.</summary>
[RequiresPermission(Permission.RetentionManage)]
[Audited("retention.hold.lift")]
public sealed record LiftLegalHold(Guid Id) : ICommand;

internal sealed class LiftLegalHoldHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock) : ICommandHandler<LiftLegalHold>
{
    public async ValueTask<Unit> Handle(LiftLegalHold command, CancellationToken cancellationToken)
    {
        var hold = await db.LegalHolds.SingleOrDefaultAsync(h => h.Id == command.Id, cancellationToken) ?? throw new NotFoundException("Legal hold");
        if (!hold.InForce) throw new ConflictException(Messages.Get("holdLifted"), "id");
        hold.Lift(clock.GetUtcNow(), currentUser.Username);
        await db.SaveChangesAsync(cancellationToken);
        if (hold.PersonId is { } personId) trail.Person(personId);
        if (hold.CustomerId is { } customerId) trail.Customer(customerId);
        trail.Changed([$"hold:{hold.Id}"]);
        return Unit.Value;
    }
}
