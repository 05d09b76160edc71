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

/// <summary>An administrator creates a staff account with an access level and an initial password (R7.1).</summary>
[RequiresPermission(Permission.UsersManage)]
[Audited("user.create")]
public sealed record CreateUser(string Username, string DisplayName, AccessLevel? AccessLevel, string Password) : ICommand<UserDto>;

internal sealed class CreateUserValidator : AbstractValidator<CreateUser>
{
    public CreateUserValidator()
    {
        RuleFor(x => x.Username).NotEmpty().MaximumLength(64)
            .Matches("^[A-Za-z0-9._-]{2,64}$").WithMessage(_ => Messages.Get("username"));
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(100);
        RuleFor(x => x.AccessLevel).NotNull();
        RuleFor(x => x.Password).StrongPassword();
    }
}

internal sealed class CreateUserHandler(IHsWorksDb db, IPasswordHasher hasher, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<CreateUser, UserDto>
{
    public async ValueTask<UserDto> Handle(CreateUser command, CancellationToken cancellationToken)
    {
        var username = StaffUser.NormaliseUsername(command.Username);
        if (await db.Users.AnyAsync(u => u.Username == username, cancellationToken))
            throw new ConflictException(Messages.Get("usernameTaken"), "username");

        // The first password comes from the administrator, so the user must choose their own.
        var user = StaffUser.Create(Guid.CreateVersion7(), username, command.DisplayName,
            command.AccessLevel!.Value, hasher.Hash(command.Password), mustChangePassword: true, clock.GetUtcNow());
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);
        trail.AboutUser(user.Id).Changed(["username", "displayName", "accessLevel", "password"]);
        return user.ToDto();
    }
}
