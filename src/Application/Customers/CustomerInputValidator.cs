using FluentValidation;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;

namespace HsWorks.Application.Customers;

internal sealed class CustomerInputValidator : AbstractValidator<CustomerInput>
{
    public CustomerInputValidator()
    {
        RuleFor(x => x.Type).NotNull();
        When(x => x.Type == CustomerType.Organisation, () =>
        {
            RuleFor(x => x.Name).NotEmpty().MaximumLength(Customer.MaxNameLength);
            RuleFor(x => x.BusinessId).MustParse(BusinessId.Parse, "businessId");
            RuleFor(x => x.PersonId).Null().WithMessage(_ => Messages.Get("organisationNoPerson"));
        });
        When(x => x.Type == CustomerType.Consumer, () =>
        {
            RuleFor(x => x.PersonId).NotEmpty().WithMessage(_ => Messages.Get("consumerNeedsPerson"));
            RuleFor(x => x.BusinessId).Empty().WithMessage(_ => Messages.Get("consumerNoBusinessId"));
        });
        RuleFor(x => x.RelationshipEndedOn).GreaterThanOrEqualTo(x => x.CustomerSince!.Value)
            .When(x => x.RelationshipEndedOn is not null && x.CustomerSince is not null);
        RuleForEach(x => x.ProductGroups)
            .Must(ProductGroups.IsKnown)
            .WithMessage(_ => Messages.Get("productGroup", string.Join(", ", ProductGroups.Codes)));
    }
}
