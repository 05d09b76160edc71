using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Users;

[RequiresPermission(Permission.UsersManage)]
public sealed record GetUser(Guid Id) : IQuery<UserDto>;

internal sealed class GetUserHandler(IHsWorksDb db) : IQueryHandler<GetUser, UserDto>
{
    public async ValueTask<UserDto> Handle(GetUser query, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == query.Id).ProjectToDto().SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("User");
}
