using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

[RequiresPermission(Permission.ServiceRecordsWrite)]
[Audited("interest.delete")]
public sealed record RemoveInterest(Guid CustomerId, Guid InterestId) : ICommand;

internal sealed class RemoveInterestHandler(IHsWorksDb db, AuditTrail trail) : ICommandHandler<RemoveInterest>
{
    public async ValueTask<Unit> Handle(RemoveInterest command, CancellationToken cancellationToken)
    {
        var interest = await db.Interests.SingleOrDefaultAsync(i => i.Id == command.InterestId && i.CustomerId == command.CustomerId, cancellationToken)
            ?? throw new NotFoundException("Interest");
        db.Interests.Remove(interest);
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(command.CustomerId).Persons(interest.PersonId is { } p ? [p] : []).Changed(["interest"]);
        return Unit.Value;
    }
}
