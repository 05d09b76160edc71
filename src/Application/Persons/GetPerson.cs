using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Persons;

/// <summary>Opens one person; opening is an audited read (R7.3).</summary>
[RequiresPermission(Permission.PersonsRead)]
[Audited("person.read")]
public sealed record GetPerson(Guid Id) : IQuery<PersonDto>;

internal sealed class GetPersonHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail) : IQueryHandler<GetPerson, PersonDto>
{
    public async ValueTask<PersonDto> Handle(GetPerson query, CancellationToken cancellationToken)
    {
        var person = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Person");
        trail.Person(person.Id);
        return await person.ToDtoAsync(db, currentUser, trail, cancellationToken);
    }
}
