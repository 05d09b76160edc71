using HsWorks.Domain.Marketing;
using HsWorks.Domain.Purposes;
using System.ComponentModel.DataAnnotations;
using HsWorks.Domain.Consents;

namespace HsWorks.Application.Consents;

/// <summary>purpose is the purpose's code; channel email, sms, phone, post or all; action given or withdrawn.</summary>
public sealed record ConsentEventInput(
    string Purpose, [property: Required] Channel? Channel, Guid? ProductGroupId, [property: Required] ConsentAction? Action, ConsentSource? Source,
    string Evidence);

/// <summary>noticeVersion: the privacy notice version in force when the event was recorded (null before the first publish).</summary>
public sealed record ConsentEventDto(
    long Id, string Purpose, Channel Channel, Guid? ProductGroupId, ConsentAction Action, DateTimeOffset At, ConsentSource Source, string Evidence, string RecordedBy,
    int? NoticeVersion);

/// <summary>state: the latest word (given or withdrawn) in force for the purpose, channel and product group.</summary>
public sealed record ConsentStateDto(string Purpose, Channel Channel, Guid? ProductGroupId, ConsentAction State, DateTimeOffset Since, ConsentSource Source);

public sealed record ConsentsDto(IReadOnlyList<ConsentStateDto> Current, IReadOnlyList<ConsentEventDto> History);
