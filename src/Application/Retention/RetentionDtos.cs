using HsWorks.Domain.Retention;

namespace HsWorks.Application.Retention;

/// <summary>
/// A data category's retention rule: kept <c>period</c> <c>unit</c> from the <c>start</c> event, then the <c>action</c>; the reason in
/// fi, sv and en (as the notice and the access report say it). allowedStarts and allowedActions: what the category can take.
/// </summary>
public sealed record RetentionRuleDto(
    string Category, int Period, PeriodUnit Unit, RetentionStart Start, RetentionAction Action, string ReasonFi, string ReasonSv, string ReasonEn,
    IReadOnlyList<RetentionStart> AllowedStarts, IReadOnlyList<RetentionAction> AllowedActions, DateTimeOffset UpdatedAt, string UpdatedBy, string Version);

public sealed record RetentionRuleInput(int? Period, PeriodUnit? Unit, RetentionStart? Start, RetentionAction? Action, string? ReasonFi, string? ReasonSv, string? ReasonEn);

/// <summary>The day the financial year ends (month 1–12, day of the month; 29 February is not a day every year has).</summary>
public sealed record FinancialYearDto(int EndMonth, int EndDay, DateTimeOffset UpdatedAt, string UpdatedBy, string Version);

public sealed record FinancialYearInput(int? EndMonth, int? EndDay);

/// <summary>A legal hold for one person or one customer; in force until lifted.</summary>
public sealed record LegalHoldDto(Guid Id, Guid? PersonId, Guid? CustomerId, string SubjectName, string Reason, DateTimeOffset PlacedAt, string PlacedBy,
    DateTimeOffset? LiftedAt, string? LiftedBy);

public sealed record LegalHoldInput(Guid? PersonId, Guid? CustomerId, string? Reason);

/// <summary>What one rule would remove today: count, and the ids of the page asked for.</summary>
public sealed record RetentionDueDto(string Category, RetentionTarget Target, RetentionAction Action, RetentionStart Start, int Period, PeriodUnit Unit,
    int Count, IReadOnlyList<string> Ids);

/// <summary>The dry run: what a run now would remove, rule by rule (ids paged per rule).</summary>
public sealed record RetentionDryRunDto(DateOnly AsOf, int Page, int PageSize, IReadOnlyList<RetentionDueDto> Rules);

/// <summary>A run and what it removed so far, by kind of row; while running, <c>phase</c> is the rule it applies now.</summary>
public sealed record RetentionRunDto(Guid Id, RetentionTrigger Trigger, DateOnly AsOf, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string StartedBy,
    int Contacts, int Recordings, int Invoices, int ConsentEvents, int Persons, int Customers,
    int Purchases, int Warranties, int Assets, int RemoteAccesses, int Problems, int Interests, int ContactPersonLinks, RetentionRunStatus Status, string? Phase);
