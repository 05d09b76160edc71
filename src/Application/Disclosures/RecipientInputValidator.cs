using System.Security.Cryptography;
using FluentValidation;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;

namespace HsWorks.Application.Disclosures;

/// <summary>
/// A recipient's details, for registering and for editing. The webhook address is checked as the
/// dispatcher will check it when it connects (scheme, host name, every address the name resolves
/// to), so an address notices would never reach is refused now, with the reason.
/// </summary>
internal sealed class RecipientInputValidator : AbstractValidator<RecipientInput>
{
    public RecipientInputValidator(IWebhookTargets webhookTargets)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(Recipient.MaxNameLength);
        RuleFor(x => x.Type).NotNull();
        RuleFor(x => x.Country).NotEmpty().MustParse(CountryCode.Parse, "country");
        RuleFor(x => x.BusinessId).MustParse(BusinessId.Parse, "businessId");
        RuleFor(x => x.AgreementReference).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Contact).MaximumLength(500);
        RuleFor(x => x.WebhookUrl).MaximumLength(2000).CustomAsync(async (url, context, cancellationToken) =>
        {
            if (url is null || url.Length > 2000) return;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                context.AddFailure(Messages.Get("webhookUrl"));
                return;
            }
            if (await webhookTargets.CheckAsync(uri, cancellationToken) is { } refusal) context.AddFailure(WebhookRefusals.Describe(refusal));
        });
        When(x => x.TransferSafeguard is not null, () =>
        {
            RuleFor(x => x.TransferSafeguard!.Kind).NotNull();
            RuleFor(x => x.TransferSafeguard!.Reference).NotEmpty().MaximumLength(500);
        });
    }
}

internal static class WebhookRefusals
{
    /// <summary>The reason in the reader's language, naming the host and the address at fault.</summary>
    public static string Describe(WebhookTargetRefusal refusal)
    {
        var subject = refusal.Address is null || refusal.Address == refusal.Host ? refusal.Host : $"{refusal.Host} ({refusal.Address})";
        var key = "webhookRefused." + EnumNames.ToWire(refusal.Reason);
        return refusal.Reason switch
        {
            WebhookRefusal.NotHttps => Messages.Get(key),
            WebhookRefusal.Unresolvable => Messages.Get(key, subject),
            _ => Messages.Get("webhookPublicOnly", Messages.Get(key, subject)),
        };
    }
}

internal static class WebhookSecrets
{
    /// <summary>A new signing secret: 256 random bits.</summary>
    public static string New() => "whsec_" + System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}

internal static class RecipientInputs
{
    public static TransferSafeguard? Safeguard(this RecipientInput input) =>
        input.TransferSafeguard is { } s ? new TransferSafeguard(s.Kind!.Value, s.Reference.Trim()) : null;

    public static string? ParsedBusinessId(this RecipientInput input) =>
        input.BusinessId is null ? null : BusinessId.Parse(input.BusinessId).ValueOrThrow(null).Value;
}
