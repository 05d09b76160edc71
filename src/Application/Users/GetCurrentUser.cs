using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Users;

/// <summary>Who am I and what may I do.</summary>
[AnySignedInStaff]
[AllowedBeforePasswordChange]
public sealed record GetCurrentUser : IQuery<CurrentUserDto>;

internal sealed class GetCurrentUserHandler(IHsWorksDb db, ICurrentUser currentUser) : IQueryHandler<GetCurrentUser, CurrentUserDto>
{
    public async ValueTask<CurrentUserDto> Handle(GetCurrentUser query, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == currentUser.UserId, cancellationToken)
            ?? throw new AuthenticationFailedException();
        return user.ToCurrentUser();
    }
}
