using FluentValidation;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Users;

/// <summary>
/// Trades a refresh token for a new access token and the next refresh token. A token is spent
/// once; presenting a spent one again revokes its whole family (it was stolen or replayed).
/// </summary>
[Anonymous]
[WithoutTransaction]
public sealed record RefreshSession(string RefreshToken) : ICommand<LoginResult>;

internal sealed class RefreshSessionValidator : AbstractValidator<RefreshSession>
{
    public RefreshSessionValidator() => RuleFor(x => x.RefreshToken).NotEmpty().MaximumLength(200);
}

internal sealed class RefreshSessionHandler(IHsWorksDb db, ITokenIssuer tokens, SessionIssuer sessions, TimeProvider clock)
    : ICommandHandler<RefreshSession, LoginResult>
{
    public async ValueTask<LoginResult> Handle(RefreshSession command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var hash = tokens.HashRefreshToken(command.RefreshToken);
        var token = await db.RefreshTokens.AsNoTracking().SingleOrDefaultAsync(t => t.TokenHash == hash, cancellationToken)
            ?? throw new AuthenticationFailedException();

        // Spending and issuing the next token commit together: a parallel use of the same token waits
        // on the row lock, then finds it spent and revokes the family, including the token issued here.
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            var spent = token.IsUsable(now) && await db.RefreshTokens
                .Where(t => t.Id == token.Id && t.SpentAt == null && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.SpentAt, now), cancellationToken) == 1;
            var user = spent ? await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken) : null;
            if (user is not null && user.CanSignIn(now))
            {
                var result = sessions.Issue(user, token.FamilyId);
                await db.SaveChangesAsync(cancellationToken);
                if (transaction is not null) await transaction.CommitAsync(cancellationToken);
                return result;
            }
        }

        // Reuse of a spent token, a revoked or expired one, or an account that may no longer sign in.
        await RevokeFamily(token.FamilyId, now, cancellationToken);
        throw new AuthenticationFailedException();
    }

    private Task<int> RevokeFamily(Guid familyId, DateTimeOffset now, CancellationToken ct) =>
        db.RefreshTokens.Where(t => t.FamilyId == familyId && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, now), ct);
}
