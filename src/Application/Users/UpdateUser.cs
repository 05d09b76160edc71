using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Users;

/// <summary>An administrator changes a user's display name and access level, or disables / re-enables the account.</summary>
[RequiresPermission(Permission.UsersManage)]
[Audited("user.update")]
public sealed record UpdateUser(Guid Id, string DisplayName, AccessLevel? AccessLevel, bool Enabled) : ICommand<UserDto>;

internal sealed class UpdateUserValidator : AbstractValidator<UpdateUser>
{
    public UpdateUserValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(100);
        RuleFor(x => x.AccessLevel).NotNull();
    }
}

internal sealed class UpdateUserHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<UpdateUser, UserDto>
{
    public async ValueTask<UserDto> Handle(UpdateUser command, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("User");
        var level = command.AccessLevel!.Value;
        if (user.Id == currentUser.UserId && (!command.Enabled || level != AccessLevel.Administrator))
            throw new ConflictException("You cannot disable your own account or take away your own administrator access.", "accessLevel");

        var changed = new List<string>();
        if (user.DisplayName != command.DisplayName.Trim()) changed.Add("displayName");
        if (user.AccessLevel != level) changed.Add("accessLevel");
        if (user.Enabled != command.Enabled) changed.Add("enabled");
        user.Change(command.DisplayName, level, command.Enabled);

        // A disabled account or a changed access level must not live on in old sessions.
        if (changed.Contains("enabled") || changed.Contains("accessLevel"))
            await db.RefreshTokens.Where(t => t.UserId == user.Id && t.RevokedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedAt, clock.GetUtcNow()), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        trail.AboutUser(user.Id).Changed(changed);
        return user.ToDto();
    }
}
