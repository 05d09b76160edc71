using HsWorks.Domain.Common;
using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Register;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Register;

/// <summary>
/// An administrator edits the controller's details and the notice's maintained texts against the version read (If-Match). The
/// published notice changes only with the next publish.
/// </summary>
[RequiresPermission(Permission.ControllerManage)]
[Audited("controller.update")]
public sealed record UpdateController(uint? ExpectedVersion, ControllerInput Input) : ICommand<ControllerDto>;

internal sealed class LocalisedTextValidator : AbstractValidator<LocalisedText>
{
    public LocalisedTextValidator()
    {
        RuleFor(x => x.Fi).NotEmpty().MaximumLength(ControllerDetails.MaxTextLength);
        RuleFor(x => x.Sv).NotEmpty().MaximumLength(ControllerDetails.MaxTextLength);
        RuleFor(x => x.En).NotEmpty().MaximumLength(ControllerDetails.MaxTextLength);
    }
}

internal sealed class UpdateControllerValidator : AbstractValidator<UpdateController>
{
    public UpdateControllerValidator()
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Name).NotEmpty().MaximumLength(ControllerDetails.MaxNameLength);
        RuleFor(x => x.Input.BusinessId).NotEmpty().MaximumLength(ControllerDetails.MaxLineLength).MustParse(BusinessId.Parse, "businessId");
        RuleFor(x => x.Input.Street).NotEmpty().MaximumLength(ControllerDetails.MaxLineLength);
        RuleFor(x => x.Input.PostalCode).NotEmpty().MaximumLength(ControllerDetails.MaxLineLength).MustParse(p => PostalCode.Parse(p, "FI"), "postalCode");
        RuleFor(x => x.Input.City).NotEmpty().MaximumLength(ControllerDetails.MaxLineLength);
        RuleFor(x => x.Input.Phone).NotEmpty().MaximumLength(ControllerDetails.MaxLineLength).MustParse(PhoneNumber.Parse, "phone");
        RuleFor(x => x.Input.Email).NotEmpty().MaximumLength(ControllerDetails.MaxLineLength).MustParse(Email.Parse, "email");
        RuleFor(x => x.Input.ContactName).NotEmpty().MaximumLength(ControllerDetails.MaxNameLength);
        RuleFor(x => x.Input.ContactEmail).NotEmpty().MaximumLength(ControllerDetails.MaxLineLength).MustParse(Email.Parse, "email");
        RuleFor(x => x.Input.ContactPhone).MaximumLength(ControllerDetails.MaxLineLength).MustParse(PhoneNumber.Parse, "phone");
        RuleFor(x => x.Input.SecurityMeasures).NotNull().SetValidator(new LocalisedTextValidator()!);
        RuleFor(x => x.Input.ProvisionOfData).NotNull().SetValidator(new LocalisedTextValidator()!);
        RuleFor(x => x.Input.SafeguardsCopy).NotNull().SetValidator(new LocalisedTextValidator()!);
    }
}

internal sealed class UpdateControllerHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<UpdateController, ControllerDto>
{
    public async ValueTask<ControllerDto> Handle(UpdateController command, CancellationToken cancellationToken)
    {
        var details = await db.ControllerDetails.SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Controller");
        if (command.ExpectedVersion is not { } expected) throw new VersionRequiredException();
        if (details.Version != expected) throw new StaleWriteException();
        db.ExpectVersion(details, expected);
        var input = command.Input;
        var changed = details.Update(new ControllerFields(input.Name!, BusinessId.Parse(input.BusinessId).ValueOrThrow("businessId").Value,
            input.Street!, input.PostalCode!, input.City!, PhoneNumber.Parse(input.Phone).ValueOrThrow("phone").E164,
            Email.Parse(input.Email).ValueOrThrow("email").Value, input.ContactName!, Email.Parse(input.ContactEmail).ValueOrThrow("contactEmail").Value,
            string.IsNullOrWhiteSpace(input.ContactPhone) ? null : PhoneNumber.Parse(input.ContactPhone).ValueOrThrow("contactPhone").E164,
            input.SecurityMeasures!, input.ProvisionOfData!, input.SafeguardsCopy!, input.PopulationRegisterDataToPartners ?? false), clock.GetUtcNow(), currentUser.Username);
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([.. changed.Select(f => $"controller:{f}")]);
        return details.ToDto();
    }
}
