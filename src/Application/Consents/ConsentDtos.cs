using HsWorks.Domain.Marketing;
using HsWorks.Domain.Purposes;

namespace HsWorks.Application.Consents;

/// <summary>purpose is the purpose's code; channel email, sms, phone, post or all; action given or withdrawn.</summary>
public sealed record ConsentEventInput(string Purpose, string Channel, Guid? ProductGroupId, string Action, string? Source, string Evidence);

public sealed record ConsentEventDto(
    long Id, string Purpose, string Channel, Guid? ProductGroupId, string Action, DateTimeOffset At, string Source, string Evidence, string RecordedBy);

public sealed record ConsentStateDto(string Purpose, string Channel, Guid? ProductGroupId, string State, DateTimeOffset Since, string Source);

public sealed record ConsentsDto(IReadOnlyList<ConsentStateDto> Current, IReadOnlyList<ConsentEventDto> History);
