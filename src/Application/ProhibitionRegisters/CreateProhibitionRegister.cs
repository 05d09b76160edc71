using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.ProhibitionRegisters;

/// <summary>Adds a prohibition register and the channels its bans cover.</summary>
[RequiresPermission(Permission.ProhibitionRegistersManage)]
[Audited("prohibitionRegister.create")]
public sealed record CreateProhibitionRegister(ProhibitionRegisterInput Input) : ICommand<ProhibitionRegisterDto>;

internal sealed class CreateProhibitionRegisterValidator : AbstractValidator<CreateProhibitionRegister>
{
    public CreateProhibitionRegisterValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Name).NotEmpty().MaximumLength(ProhibitionRegister.MaxNameLength);
        RuleFor(x => x.Input.Channels).NotEmpty().WithMessage(_ => Messages.Get("channelsRequired"));
    }
}

internal sealed class CreateProhibitionRegisterHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<CreateProhibitionRegister, ProhibitionRegisterDto>
{
    public async ValueTask<ProhibitionRegisterDto> Handle(CreateProhibitionRegister command, CancellationToken cancellationToken)
    {
        var name = command.Input.Name.Trim();
        if (await db.ProhibitionRegisters.AnyAsync(r => r.Name == name, cancellationToken))
            throw new ConflictException(Messages.Get("registerNameTaken"), "name");
        var register = ProhibitionRegister.Create(Guid.CreateVersion7(), name, [.. command.Input.Channels],
            clock.GetUtcNow());
        db.ProhibitionRegisters.Add(register);
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"register:{register.Id}"]);
        return new ProhibitionRegisterDto(register.Id, register.Name, RegisterMapping.Names(register.Channels), null);
    }
}
