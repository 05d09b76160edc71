using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Audit;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace HsWorks.Application.Users;

/// <summary>Sign in with username and password (R7.1).</summary>
[Anonymous]
[WithoutTransaction]
[Audited("auth.signIn")]
public sealed record SignIn(string Username, string Password) : ICommand<LoginResult>;

internal sealed class SignInValidator : AbstractValidator<SignIn>
{
    public SignInValidator()
    {
        RuleFor(x => x.Username).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(PasswordRules.MaxLength);
    }
}

internal sealed class SignInHandler(
    IHsWorksDb db, IPasswordHasher hasher, SessionIssuer sessions, AuditTrail trail, TimeProvider clock, IOptions<SignInOptions> options,
    ISignInThrottle throttle, IClientNetwork network)
    : ICommandHandler<SignIn, LoginResult>
{
    public async ValueTask<LoginResult> Handle(SignIn command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var username = StaffUser.NormaliseUsername(command.Username);
        // Too many failures for this name from anywhere: refused before any work, counted by the throttle, not audited.
        if (throttle.RetryAfter(username) is { } wait) throw new TooManyAttemptsException(wait);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Username == username, cancellationToken);
        if (user is null)
        {
            // The same work as a wrong password (a hash check and an audit write), so the answer and
            // its timing do not tell whether the user exists. The typed name is not stored: it may be a password.
            hasher.VerifyAgainstDecoy(command.Password);
            throttle.CountFailure(username);
            await RecordAsync(null, "(unknown)", "auth.signInFailed", now, cancellationToken);
            throw new AuthenticationFailedException();
        }

        var passwordMatches = hasher.Verify(user.PasswordHash, command.Password, out var needsRehash);
        var newHash = passwordMatches && needsRehash ? hasher.Hash(command.Password) : null;

        // The account row is locked while its failures are counted or reset: parallel attempts take
        // turns, so each failure counts and the lockout cannot be outrun.
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var account = await db.FindUserForUpdateAsync(user.Id, cancellationToken) ?? throw new AuthenticationFailedException();
        var from = network.Current;
        var lockout = await db.SignInLockouts.SingleOrDefaultAsync(l => l.UserId == account.Id && l.ClientNetwork == from, cancellationToken);
        if (lockout is not null && lockout.IsLocked(now))
        {
            // Locked on this network: the same 401 as a wrong password, counted on the row, no audit record of its own.
            lockout.Failed(now, options.Value.MaxFailedSignIns, LockoutTime);
            await db.SaveChangesAsync(cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            throw new AuthenticationFailedException();
        }
        if (!account.Enabled || !passwordMatches)
        {
            var action = "auth.signInFailed";
            if (account.Enabled && !passwordMatches)
            {
                throttle.CountFailure(username);
                if (lockout is null) db.SignInLockouts.Add(lockout = SignInLockout.Start(account.Id, from, now));
                lockout.Failed(now, options.Value.MaxFailedSignIns, LockoutTime);
                if (lockout is { LockedUntil: { } until } && lockout.IsLocked(now))
                {
                    account.LockedOnANetwork(until);
                    action = "auth.lockedOut";
                }
            }
            await RecordAsync(account.Id, account.Username, action, now, cancellationToken);
            if (transaction is not null) await transaction.CommitAsync(cancellationToken);
            throw new AuthenticationFailedException();
        }

        if (lockout is not null) db.SignInLockouts.Remove(lockout);
        if (newHash is not null) account.Rehash(newHash);
        account.SignedIn(now);
        var result = sessions.Issue(account);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null) await transaction.CommitAsync(cancellationToken);
        trail.ActingAs(account.Id, account.Username);
        return result;
    }

    private TimeSpan LockoutTime => TimeSpan.FromMinutes(options.Value.LockoutMinutes);

    private async Task RecordAsync(Guid? userId, string username, string action, DateTimeOffset now, CancellationToken ct)
    {
        db.AuditRecords.Add(AuditRecord.Create(now, userId, username, action, [], [], []));
        await db.SaveChangesAsync(ct);
    }
}
