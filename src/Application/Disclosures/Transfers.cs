using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Disclosures;

namespace HsWorks.Application.Disclosures;

internal static class Transfers
{
    /// <summary>The domain's refusal of a transfer outside the EU/EEA without a safeguard, worded in the reader's language.</summary>
    public static void EnsureAllowed(Recipient recipient)
    {
        if (!recipient.TransferAllowed)
            throw new DisclosureRefusedException(Messages.Get("transferRefused", recipient.Name, recipient.Country.Value), "recipientId");
    }
}
