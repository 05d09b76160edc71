using FluentValidation;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

public sealed record ProductGroupInput(string Code, string NameFi, string NameSv, string NameEn);

/// <summary>An administrator adds a product or service group to the catalogue.</summary>
[RequiresPermission(Permission.ProductGroupsManage)]
public sealed record CreateProductGroup(ProductGroupInput Input) : ICommand<ProductGroupDto>;

internal sealed class ProductGroupInputValidator : AbstractValidator<ProductGroupInput>
{
    public ProductGroupInputValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(40).Matches("^[a-z][A-Za-z0-9]*$");
        RuleFor(x => x.NameFi).NotEmpty().MaximumLength(100);
        RuleFor(x => x.NameSv).NotEmpty().MaximumLength(100);
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(100);
    }
}

internal sealed class CreateProductGroupValidator : AbstractValidator<CreateProductGroup>
{
    public CreateProductGroupValidator() => RuleFor(x => x.Input).NotNull().SetValidator(new ProductGroupInputValidator());
}

internal sealed class CreateProductGroupHandler(IHsWorksDb db) : ICommandHandler<CreateProductGroup, ProductGroupDto>
{
    public async ValueTask<ProductGroupDto> Handle(CreateProductGroup command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        if (await db.ProductGroups.AnyAsync(g => g.Code == input.Code, cancellationToken))
            throw new ConflictException("A product group with that code exists.", "code");
        var group = ProductGroup.Create(Guid.CreateVersion7(), input.Code, input.NameFi, input.NameSv, input.NameEn);
        db.ProductGroups.Add(group);
        await db.SaveChangesAsync(cancellationToken);
        return group.ToDto();
    }
}
