using FluentValidation;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

public sealed record ProductGroupNames(string NameFi, string NameSv, string NameEn);

/// <summary>An administrator renames a group; its code, which scripts rely on, stays.</summary>
[RequiresPermission(Permission.ProductGroupsManage)]
public sealed record RenameProductGroup(Guid Id, ProductGroupNames Input) : ICommand<ProductGroupDto>;

internal sealed class RenameProductGroupValidator : AbstractValidator<RenameProductGroup>
{
    public RenameProductGroupValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.NameFi).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Input.NameSv).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Input.NameEn).NotEmpty().MaximumLength(100);
    }
}

internal sealed class RenameProductGroupHandler(IHsWorksDb db) : ICommandHandler<RenameProductGroup, ProductGroupDto>
{
    public async ValueTask<ProductGroupDto> Handle(RenameProductGroup command, CancellationToken cancellationToken)
    {
        var group = await db.ProductGroups.SingleOrDefaultAsync(g => g.Id == command.Id, cancellationToken) ?? throw new NotFoundException("Product group");
        group.Rename(command.Input.NameFi, command.Input.NameSv, command.Input.NameEn);
        await db.SaveChangesAsync(cancellationToken);
        return group.ToDto();
    }
}
