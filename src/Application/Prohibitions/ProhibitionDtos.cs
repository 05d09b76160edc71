using HsWorks.Domain.Marketing;

namespace HsWorks.Application.Prohibitions;

/// <summary>kind directMarketing or partnerDisclosure; channel email, sms, phone, post or all.</summary>
public sealed record ProhibitionInput(string Kind, string? Channel, string? Source, string? Reason);

public sealed record ProhibitionDto(
    Guid Id, string Kind, string Channel, string Source, string? Reason, DateTimeOffset CreatedAt, string CreatedBy, bool Active,
    DateTimeOffset? LiftedAt, string? LiftedBy);
