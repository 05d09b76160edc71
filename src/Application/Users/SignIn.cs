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
    IHsWorksDb db, IPasswordHasher hasher, SessionIssuer sessions, AuditTrail trail, TimeProvider clock, IOptions<SignInOptions> options)
    : ICommandHandler<SignIn, LoginResult>
{
    public async ValueTask<LoginResult> Handle(SignIn command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var username = StaffUser.NormaliseUsername(command.Username);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Username == username, cancellationToken);
        if (user is null)
        {
            // Spend the same time as a real check, so the answer does not tell whether the user exists.
            hasher.VerifyAgainstDecoy(command.Password);
            throw new AuthenticationFailedException();
        }

        var passwordMatches = hasher.Verify(user.PasswordHash, command.Password, out var needsRehash);
        if (!user.CanSignIn(now) || !passwordMatches)
        {
            if (user.Enabled && !passwordMatches)
            {
                user.FailedSignIn(now, options.Value.MaxFailedSignIns, TimeSpan.FromMinutes(options.Value.LockoutMinutes));
                db.AuditRecords.Add(AuditRecord.Create(now, user.Id, user.Username,
                    user.IsLockedOut(now) ? "auth.lockedOut" : "auth.signInFailed", [], [], []));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // A parallel attempt counted first; the answer is the same.
                }
            }
            throw new AuthenticationFailedException();
        }

        if (needsRehash) user.Rehash(hasher.Hash(command.Password));
        user.SignedIn(now);
        var result = sessions.Issue(user);
        await db.SaveChangesAsync(cancellationToken);
        trail.ActingAs(user.Id, user.Username);
        return result;
    }
}
