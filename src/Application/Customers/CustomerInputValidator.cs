using FluentValidation;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;

namespace HsWorks.Application.Customers;

internal sealed class CustomerInputValidator : AbstractValidator<CustomerInput>
{
    public CustomerInputValidator()
    {
        RuleFor(x => x.Type).NotEmpty().MustBeOneOf<CustomerInput, CustomerType>();
        When(x => IsOrganisation(x.Type), () =>
        {
            RuleFor(x => x.Name).NotEmpty().MaximumLength(Customer.MaxNameLength);
            RuleFor(x => x.BusinessId).MustParse(BusinessId.Parse);
            RuleFor(x => x.PersonId).Null().WithMessage("An organisation has contact persons, not a person of its own.");
        });
        When(x => EnumNames.TryParse<CustomerType>(x.Type, out var t) && t == CustomerType.Consumer, () =>
        {
            RuleFor(x => x.PersonId).NotEmpty().WithMessage("A consumer customer must point at its person.");
            RuleFor(x => x.BusinessId).Empty().WithMessage("A consumer customer has no business id.");
        });
        RuleForEach(x => x.ProductGroups)
            .Must(ProductGroups.IsKnown)
            .WithMessage(_ => $"Unknown product group. Known: {string.Join(", ", ProductGroups.Codes)}.");
    }

    private static bool IsOrganisation(string? type) => EnumNames.TryParse<CustomerType>(type, out var t) && t == CustomerType.Organisation;
}
