using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Users;

/// <summary>The signed-in user changes their own password; other sessions end and fresh tokens are returned.</summary>
[AnySignedInStaff]
[AllowedBeforePasswordChange]
[Audited("auth.passwordChanged")]
public sealed record ChangePassword(string CurrentPassword, string NewPassword) : ICommand<LoginResult>;

internal sealed class ChangePasswordValidator : AbstractValidator<ChangePassword>
{
    public ChangePasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().MaximumLength(PasswordRules.MaxLength);
        RuleFor(x => x.NewPassword).StrongPassword()
            .NotEqual(x => x.CurrentPassword).WithMessage(_ => Messages.Get("passwordSame"));
    }
}

internal sealed class ChangePasswordHandler(
    IHsWorksDb db, ICurrentUser currentUser, IPasswordHasher hasher, SessionIssuer sessions, TimeProvider clock)
    : ICommandHandler<ChangePassword, LoginResult>
{
    public async ValueTask<LoginResult> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == currentUser.UserId, cancellationToken)
            ?? throw new AuthenticationFailedException();
        if (!user.Enabled) throw new AuthenticationFailedException();
        if (!hasher.Verify(user.PasswordHash, command.CurrentPassword, out _))
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("currentPassword", Messages.Get("passwordWrong"))]);

        user.ChangePassword(hasher.Hash(command.NewPassword));
        await db.RefreshTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.GetUtcNow()), cancellationToken);
        var result = sessions.Issue(user);
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
