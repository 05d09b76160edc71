using FluentValidation;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Users;

/// <summary>
/// Trades a refresh token for a new access token and the next refresh token. A token is spent
/// once; presenting a spent one again revokes its whole family (it was stolen or replayed). The
/// one exception: the browser's cookie (<paramref name="FromBrowserCookie"/>) may present a token
/// spent a few seconds ago, since several tabs share the cookie and may refresh at once.
/// </summary>
[Anonymous]
[WithoutTransaction]
public sealed record RefreshSession(string RefreshToken, bool FromBrowserCookie = false) : ICommand<LoginResult>;

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
            // A parallel tab spent it first (this request waited on its row lock): read it again.
            var justSpent = !spent && command.FromBrowserCookie && (await db.RefreshTokens.AsNoTracking()
                .SingleAsync(t => t.Id == token.Id, cancellationToken)).WasJustSpent(now, tokens.RefreshReuseGrace);
            var user = spent || justSpent ? await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken) : null;
            if (user is not null && user.Enabled)
            {
                var result = sessions.Issue(user, token);
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
