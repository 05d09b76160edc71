using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>Records how to connect to a customer's workstation (R4.5); the secret is encrypted at rest.</summary>
[RequiresPermission(Permission.ServiceRecordsWrite)]
[Audited("remoteAccess.create")]
public sealed record AddRemoteAccess(Guid AssetId, RemoteAccessInput Input) : ICommand<RemoteAccessDto>;

internal sealed class AddRemoteAccessValidator : AbstractValidator<AddRemoteAccess>
{
    public AddRemoteAccessValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Tool).NotEmpty().MaximumLength(50);
        RuleFor(x => x.Input.Host).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Input.Username).MaximumLength(200);
        RuleFor(x => x.Input.Secret).NotEmpty().MaximumLength(500);
    }
}

internal sealed class AddRemoteAccessHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock) : ICommandHandler<AddRemoteAccess, RemoteAccessDto>
{
    public async ValueTask<RemoteAccessDto> Handle(AddRemoteAccess command, CancellationToken cancellationToken)
    {
        var asset = await db.Assets.AsNoTracking().Where(a => a.Id == command.AssetId).Select(a => new { a.Id, a.CustomerId })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Asset");
        var input = command.Input;
        var access = RemoteAccess.Create(Guid.CreateVersion7(), asset.Id, asset.CustomerId, input.Tool, input.Host, input.Username, input.Secret!, clock.GetUtcNow());
        db.RemoteAccesses.Add(access);
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(asset.CustomerId).Changed(["remoteAccess.secret"]);
        return access.ToDto();
    }
}
