using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>
/// Shows one remote-access secret to a level that may see it (R4.5), for a stated reason that the
/// audit record keeps with who and when.
/// </summary>
[RequiresPermission(Permission.RemoteAccessReveal)]
[Audited("remoteAccess.reveal")]
public sealed record RevealRemoteAccessSecret(Guid Id, string Reason) : ICommand<RevealedSecretDto>;

internal sealed class RevealRemoteAccessSecretValidator : AbstractValidator<RevealRemoteAccessSecret>
{
    public RevealRemoteAccessSecretValidator() => RuleFor(x => x.Reason).NotEmpty().MinimumLength(5).MaximumLength(500);
}

internal sealed class RevealRemoteAccessSecretHandler(IHsWorksDb db, AuditTrail trail) : ICommandHandler<RevealRemoteAccessSecret, RevealedSecretDto>
{
    public async ValueTask<RevealedSecretDto> Handle(RevealRemoteAccessSecret command, CancellationToken cancellationToken)
    {
        var access = await db.RemoteAccesses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
            ?? throw new NotFoundException("Remote access");
        trail.Customer(access.CustomerId).Persons(await db.PersonIdsOfAsync(access.CustomerId, cancellationToken)).Changed(["remoteAccess.secret:read", $"remoteAccess:{access.Id}"]).Because(command.Reason.Trim());
        return new RevealedSecretDto(access.Secret);
    }
}
