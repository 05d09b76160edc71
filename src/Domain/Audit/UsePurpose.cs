namespace HsWorks.Domain.Audit;

/// <summary>Why an audited operation used a person's data, as the access report tells the person (Art. 15(1)(a)).</summary>
public enum UsePurpose
{
    CustomerRelationship,
    InvoicesAndPayments,
    DirectMarketing,
    DisclosingToRecipients,
    ConsentsAndBans,
    NonDisclosureMarking,
    DataSubjectRights,
    SystemAdministration,
}

/// <summary>
/// The one catalogue of which purpose an audited operation serves, by its action's area (the part before the first dot; a few
/// actions are named in full where their area serves another purpose).
/// </summary>
public static class UsePurposes
{
    private static readonly (string Prefix, UsePurpose Purpose)[] ByPrefix =
    [
        ("person.registerMatches", UsePurpose.ConsentsAndBans),
        ("person.", UsePurpose.CustomerRelationship),
        ("customer.", UsePurpose.CustomerRelationship),
        ("contact.", UsePurpose.CustomerRelationship),
        ("asset.", UsePurpose.CustomerRelationship),
        ("warranty.", UsePurpose.CustomerRelationship),
        ("problem.", UsePurpose.CustomerRelationship),
        ("interest.", UsePurpose.CustomerRelationship),
        ("purchase.", UsePurpose.CustomerRelationship),
        ("recording.", UsePurpose.CustomerRelationship),
        ("remoteAccess.", UsePurpose.CustomerRelationship),
        ("search", UsePurpose.CustomerRelationship),
        ("invoice.", UsePurpose.InvoicesAndPayments),
        ("marketing.", UsePurpose.DirectMarketing),
        ("partner.", UsePurpose.DisclosingToRecipients),
        ("disclosure.", UsePurpose.DisclosingToRecipients),
        ("consent.", UsePurpose.ConsentsAndBans),
        ("prohibition", UsePurpose.ConsentsAndBans),
        ("nonDisclosure.", UsePurpose.NonDisclosureMarking),
        ("request.", UsePurpose.DataSubjectRights),
    ];

    public static UsePurpose Of(string action)
    {
        foreach (var (prefix, purpose) in ByPrefix)
            if (action.StartsWith(prefix, StringComparison.Ordinal)) return purpose;
        return UsePurpose.SystemAdministration;
    }
}
