using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>A request with the requester's full details and its timeline; every read is audited (the reveal of the details).</summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.read")]
public sealed record GetRequest(Guid Id) : IQuery<RequestDto>;

internal sealed class GetRequestHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock) : IQueryHandler<GetRequest, RequestDto>
{
    public async ValueTask<RequestDto> Handle(GetRequest query, CancellationToken cancellationToken)
    {
        var request = await db.DataSubjectRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Request");
        trail.Persons(request.PersonIds).Changed([$"request:{request.Id}"]);
        return await RequestTransitions.ReadAsync(db, request, clock.GetUtcNow(), cancellationToken);
    }
}
