using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Users;

/// <summary>Signs out: revokes the refresh token's family, or every session of the user when no token is given.</summary>
[AnySignedInStaff]
[AllowedBeforePasswordChange]
public sealed record SignOut(string? RefreshToken) : ICommand;

internal sealed class SignOutHandler(IHsWorksDb db, ICurrentUser currentUser, ITokenIssuer tokens, TimeProvider clock) : ICommandHandler<SignOut>
{
    public async ValueTask<Unit> Handle(SignOut command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var userId = currentUser.UserId!.Value;
        var sessions = db.RefreshTokens.Where(t => t.UserId == userId && t.RevokedAt == null);
        if (!string.IsNullOrEmpty(command.RefreshToken))
        {
            var hash = tokens.HashRefreshToken(command.RefreshToken);
            var familyId = await db.RefreshTokens.Where(t => t.TokenHash == hash && t.UserId == userId)
                .Select(t => (Guid?)t.FamilyId).SingleOrDefaultAsync(cancellationToken);
            if (familyId is null) return Unit.Value;
            sessions = sessions.Where(t => t.FamilyId == familyId);
        }
        await sessions.ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), cancellationToken);
        return Unit.Value;
    }
}
