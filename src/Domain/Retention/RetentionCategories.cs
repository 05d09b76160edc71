namespace HsWorks.Domain.Retention;

/// <summary>
/// The data categories that have a retention rule: the purposes' categories and the two the law names apart (consent evidence,
/// ledgers), with the starting events and actions that make sense for each.
/// </summary>
public static class RetentionCategories
{
    public const string Basic = "basic";
    public const string Contract = "contract";
    public const string Devices = "devices";
    public const string Contacts = "contacts";
    public const string Problems = "problems";
    public const string Interests = "interests";
    public const string Invoicing = "invoicing";
    public const string Recordings = "recordings";
    public const string ConsentEvidence = "consentEvidence";
    public const string Ledgers = "ledgers";

    public const int MaxCategoryLength = 40;

    private static readonly RetentionStart[] PersonStarts = [RetentionStart.RelationshipEnded, RetentionStart.LastConsentWithdrawn, RetentionStart.Death];
    private static readonly RetentionAction[] Both = [RetentionAction.Delete, RetentionAction.Anonymise];

    private static readonly Dictionary<string, (RetentionStart[] Starts, RetentionAction[] Actions)> Allowed = new()
    {
        [Basic] = (PersonStarts, Both),
        [Contract] = (PersonStarts, Both),
        [Devices] = (PersonStarts, Both),
        [Contacts] = ([RetentionStart.RelationshipEnded, RetentionStart.ContactDate], Both),
        [Problems] = (PersonStarts, Both),
        [Interests] = (PersonStarts, Both),
        [Invoicing] = ([RetentionStart.FinancialYearEndCalendarYear, RetentionStart.FinancialYearEnd], [RetentionAction.Delete]),
        [Recordings] = ([RetentionStart.RecordingDate, RetentionStart.RelationshipEnded], [RetentionAction.Delete]),
        [ConsentEvidence] = ([RetentionStart.LastConsentWithdrawn], [RetentionAction.Delete]),
        [Ledgers] = ([RetentionStart.FinancialYearEnd, RetentionStart.FinancialYearEndCalendarYear], [RetentionAction.Delete]),
    };

    public static IReadOnlyList<string> All { get; } = [.. Allowed.Keys];

    public static bool IsKnown(string? category) => category is not null && Allowed.ContainsKey(category);

    public static IReadOnlyList<RetentionStart> StartsOf(string category) => Allowed[category].Starts;

    public static IReadOnlyList<RetentionAction> ActionsOf(string category) => Allowed[category].Actions;
}
