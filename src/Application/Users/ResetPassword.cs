using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Users;

/// <summary>An administrator sets a temporary password; the user must change it at next sign-in. Unlocks the account.</summary>
[RequiresPermission(Permission.UsersManage)]
[Audited("user.resetPassword")]
public sealed record ResetPassword(Guid Id, string Password) : ICommand;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPassword>
{
    public ResetPasswordValidator() => RuleFor(x => x.Password).StrongPassword();
}

internal sealed class ResetPasswordHandler(IHsWorksDb db, IPasswordHasher hasher, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<ResetPassword>
{
    public async ValueTask<Unit> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("User");
        user.ResetPassword(hasher.Hash(command.Password));
        await db.RefreshTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.GetUtcNow()), cancellationToken);
        // A reset unlocks the account on every network.
        await db.SignInLockouts.Where(l => l.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        trail.AboutUser(user.Id).Changed(["password"]);
        return Unit.Value;
    }
}
