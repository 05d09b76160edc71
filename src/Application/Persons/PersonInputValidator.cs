using FluentValidation;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Persons;

namespace HsWorks.Application.Persons;

/// <summary>The rules of a person's details, using the domain's own value-object parsing.</summary>
internal sealed class PersonInputValidator : AbstractValidator<PersonInput>
{
    public PersonInputValidator()
    {
        RuleFor(x => x.FirstName).NotEmpty().MaximumLength(Person.MaxNameLength);
        RuleFor(x => x.LastName).NotEmpty().MaximumLength(Person.MaxNameLength);
        RuleFor(x => x.Email).MustParse(Email.Parse, "email");
        RuleFor(x => x.Phone).MustParse(PhoneNumber.Parse, "phone");
        RuleFor(x => x.Mobile).MustParse(PhoneNumber.Parse, "phone");
        RuleFor(x => x.PersonalIdentityCode).MustParse(PersonalIdentityCode.Parse, "identityCode");
        When(x => x.Address is not null && !AddressIsBlank(x.Address), () =>
        {
            RuleFor(x => x.Address!.Street).NotEmpty().MaximumLength(200);
            RuleFor(x => x.Address!.City).NotEmpty().MaximumLength(100);
            RuleFor(x => x.Address!.Country).MustParse(CountryCode.Parse, "country");
            RuleFor(x => x.Address!.PostalCode).NotEmpty().Custom((code, context) =>
            {
                if (string.IsNullOrWhiteSpace(code)) return;
                var country = CountryOf(context.InstanceToValidate.Address!);
                var result = PostalCode.Parse(code, country);
                if (!result.IsValid)
                    context.AddFailure(Messages.ForDomainError(country is "FI" or "AX" ? "postalCode" : "postalCodeForeign", result.Error!));
            });
        });
    }

    public static string CountryOf(AddressInput address) =>
        string.IsNullOrWhiteSpace(address.Country) ? CountryCode.Finland.Value : address.Country.Trim().ToUpperInvariant();

    public static bool AddressIsBlank(AddressInput address) =>
        string.IsNullOrWhiteSpace(address.Street) && string.IsNullOrWhiteSpace(address.PostalCode) && string.IsNullOrWhiteSpace(address.City);
}
