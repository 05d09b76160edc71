using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// The staff who handle requests (an access level with requests.manage): whom a request can be assigned to, and the names the
/// inbox and the timeline show for assignees — without giving a handler the staff accounts list (users.manage).
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.handlers")]
public sealed record ListRequestHandlers : IQuery<IReadOnlyList<RequestHandlerDto>>;

internal sealed class ListRequestHandlersHandler(IHsWorksDb db) : IQueryHandler<ListRequestHandlers, IReadOnlyList<RequestHandlerDto>>
{
    public async ValueTask<IReadOnlyList<RequestHandlerDto>> Handle(ListRequestHandlers query, CancellationToken cancellationToken)
    {
        var levels = Enum.GetValues<AccessLevel>().Where(level => AccessPolicy.Allows(level, Permission.RequestsManage)).ToArray();
        return await db.Users.AsNoTracking().Where(u => levels.Contains(u.AccessLevel)).OrderBy(u => u.DisplayName)
            .Select(u => new RequestHandlerDto(u.Id, u.DisplayName, u.AccessLevel, u.Enabled)).ToListAsync(cancellationToken);
    }
}
