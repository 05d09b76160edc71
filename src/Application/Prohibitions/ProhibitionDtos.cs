using HsWorks.Domain.Marketing;
using System.ComponentModel.DataAnnotations;
using HsWorks.Domain.Prohibitions;
using HsWorks.Domain.Persons;

namespace HsWorks.Application.Prohibitions;

/// <summary>kind directMarketing or partnerDisclosure; channel email, sms, phone, post or all.</summary>
public sealed record ProhibitionInput([property: Required] ProhibitionKind? Kind, Channel? Channel, DataSource? Source, string? Reason);

public sealed record ProhibitionDto(
    Guid Id, ProhibitionKind Kind, Channel Channel, DataSource Source, string? Reason, DateTimeOffset CreatedAt, string CreatedBy, bool Active,
    DateTimeOffset? LiftedAt, string? LiftedBy);
