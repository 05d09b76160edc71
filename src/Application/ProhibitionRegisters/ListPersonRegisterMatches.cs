using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.ProhibitionRegisters;

/// <summary>
/// A person's bans from prohibition registers (R4.7): the matches of every completed import, newest
/// first; those of a register's current snapshot are in force, the older ones are history.
/// </summary>
[RequiresPermission(Permission.PersonsRead)]
[Audited("person.registerMatches.read")]
public sealed record ListPersonRegisterMatches(Guid PersonId) : IQuery<IReadOnlyList<PersonRegisterMatchDto>>;

internal sealed class ListPersonRegisterMatchesHandler(IHsWorksDb db, AuditTrail trail)
    : IQueryHandler<ListPersonRegisterMatches, IReadOnlyList<PersonRegisterMatchDto>>
{
    public async ValueTask<IReadOnlyList<PersonRegisterMatchDto>> Handle(ListPersonRegisterMatches query, CancellationToken cancellationToken)
    {
        if (!await db.Persons.AnyAsync(p => p.Id == query.PersonId, cancellationToken)) throw new NotFoundException("Person");
        var rows = await (
                from m in db.RegisterMatches.AsNoTracking()
                join i in db.RegisterImports on m.ImportId equals i.Id
                join r in db.ProhibitionRegisters on i.RegisterId equals r.Id
                where m.PersonId == query.PersonId
                orderby i.StartedAt descending
                select new { r.Id, r.Name, r.Channels, r.CurrentImportId, ImportId = i.Id, i.FileDate, i.FinishedAt, m.Reasons })
            .ToListAsync(cancellationToken);
        trail.Person(query.PersonId);
        // One entry per import: several lines of one file can match the same person.
        return
        [
            .. rows.GroupBy(r => r.ImportId).Select(g => g.First() with { Reasons = [.. g.SelectMany(r => r.Reasons).Distinct().Order()] })
                .Select(r => new PersonRegisterMatchDto(r.Id, r.Name, RegisterMapping.Names(r.Channels), r.ImportId, r.FileDate, r.FinishedAt!.Value,
                    [.. r.Reasons], r.ImportId == r.CurrentImportId)),
        ];
    }
}
