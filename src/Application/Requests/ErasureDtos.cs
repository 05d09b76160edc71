using HsWorks.Domain.Requests;

namespace HsWorks.Application.Requests;

/// <summary>
/// One item of a person's data and what the erasure does (preview) or did (record) with it. area: the part of the register;
/// itemId: its id (never a personal value); what: which fields; action: erase, anonymise or keep; ground and reason: why a kept
/// item stays (accountingAct, accountability, suppression); keepUntil: the last day it must be kept, where the law fixes one.
/// </summary>
public sealed record ErasureItemDto(
    ErasureArea Area, string ItemId, string What, ErasureAction Action, RetentionGround? Ground, string? Reason, DateOnly? KeepUntil);

/// <summary>One matched person's items.</summary>
public sealed record ErasurePersonDto(Guid PersonId, IReadOnlyList<ErasureItemDto> Items);

/// <summary>
/// A request's erasure: before it is carried out (erasedAt null) the preview of exactly what will be erased, anonymised and kept,
/// and why the erasure cannot be carried out yet (refusal, null when it can); after it, the record of what was done, field by field.
/// </summary>
public sealed record ErasureDto(Guid RequestId, DateTimeOffset? ErasedAt, string? Refusal, IReadOnlyList<ErasurePersonDto> Persons);
