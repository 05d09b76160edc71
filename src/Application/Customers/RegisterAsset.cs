using FluentValidation;
using FluentValidation.Results;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>Registers a device, hardware or software of the customer (R4.4) with its warranty.</summary>
[RequiresPermission(Permission.ServiceRecordsWrite)]
[Audited("asset.create")]
public sealed record RegisterAsset(Guid CustomerId, AssetInput Input) : ICommand<AssetDto>;

internal sealed class RegisterAssetValidator : AbstractValidator<RegisterAsset>
{
    public RegisterAssetValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Kind).NotNull();
        RuleFor(x => x.Input.Make).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Input.Model).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Input.SerialNumber).MaximumLength(100);
        RuleFor(x => x.Input.LicenceKey).MaximumLength(200);
        RuleFor(x => x.Input.InstalledAt).MaximumLength(200);
        RuleFor(x => x.Input.OperatingSystem).MaximumLength(100);
        RuleFor(x => x.Input.Version).MaximumLength(50);
        RuleFor(x => x.Input.Warranty!.Terms).MaximumLength(1000).When(x => x.Input?.Warranty is not null);
        When(x => x.Input?.Warranty is not null, () =>
            RuleFor(x => x.Input.Warranty!.EndsOn).GreaterThanOrEqualTo(x => x.Input.Warranty!.StartsOn));
    }
}

internal sealed class RegisterAssetHandler(IHsWorksDb db, AuditTrail trail, TimeProvider clock) : ICommandHandler<RegisterAsset, AssetDto>
{
    public async ValueTask<AssetDto> Handle(RegisterAsset command, CancellationToken cancellationToken)
    {
        var input = command.Input;
        await db.EnsureCustomerAsync(command.CustomerId, cancellationToken);
        await db.EnsureProductGroupAsync(input.ProductGroupId, cancellationToken);
        if (input.PurchaseId is { } purchase && !await db.Purchases.AnyAsync(p => p.Id == purchase && p.CustomerId == command.CustomerId, cancellationToken))
            throw new ValidationException([new ValidationFailure("purchaseId", Messages.Get("notCustomersPurchase"))]);
        var asset = Asset.Register(Guid.CreateVersion7(), command.CustomerId, input.Kind!.Value, input.Make, input.Model,
            input.SerialNumber, input.ProductGroupId, input.PurchaseId, input.OperatingSystem, input.Version, input.LicenceKey, input.InstalledAt,
            input.Warranty is { } w ? new Warranty(w.StartsOn, w.EndsOn, string.IsNullOrWhiteSpace(w.Terms) ? null : w.Terms.Trim()) : null,
            clock.GetUtcNow());
        db.Assets.Add(asset);
        await db.SaveChangesAsync(cancellationToken);
        trail.Customer(command.CustomerId).Changed(["asset"]);
        return asset.ToDto();
    }
}
