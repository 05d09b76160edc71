using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Requests;

namespace HsWorks.Application.Requests;

internal static class RequestMapping
{
    public static RequestReceipt ToReceipt(this DataSubjectRequest r) => new(r.Id, r.Type, r.Channel, r.ReceivedAt, r.DueOn, r.Status);

    public static RequestDto ToDto(this DataSubjectRequest r, IEnumerable<RequestEvent> timeline, IEnumerable<RectifiedField> rectified,
        IEnumerable<ProcessingRestriction> restrictions, DateOnly today) => new(
        r.Id, r.Type, r.Channel, r.ReceivedAt, r.Status, r.Outcome,
        new RequesterDto(r.RequesterName, r.RequesterEmail, r.RequesterPhone, r.RequesterAddress, r.RequesterNote), r.PersonIds, r.AssigneeId,
        r.FirstDueOn, r.DueOn, DataSubjectRequest.IsOverdue(r.IsOpen, r.DueOn, today), DataSubjectRequest.IsDueSoon(r.IsOpen, r.DueOn, today), r.PausedDays,
        r.IdentificationAskedAt, r.IdentificationArrivedAt,
        r.VerificationMethod is { } method ? new IdentityVerificationDto(method, r.VerificationNote, r.IdentityVerifiedAt!.Value, r.IdentityVerifiedBy!) : null,
        r.ExtendedAt is { } extendedAt ? new RequestExtensionDto(r.ExtensionReasons!, extendedAt, r.ExtendedBy!, r.ExtensionToldAt!.Value) : null,
        r.ClosedAt, r.ClosedBy, r.CompletionSummary, r.RejectionReason, r.RejectionGround, r.RemediesTold, r.StaffNamesEssential, r.StaffNamesReason,
        r.RegisteredAt, r.RegisteredBy,
        [.. timeline.Select(e => new RequestEventDto(e.Step, e.At, e.By, e.Detail))],
        [.. rectified.Select(f => new RectifiedFieldDto(f.PersonId, f.Field, f.Before, f.After, f.At, f.By))],
        [.. restrictions.Select(x => x.ToDto())],
        r.ObjectionKind is { } kind
            ? new ObjectionDto(kind, r.ObjectedAt!.Value, r.ObjectionDecision, r.ObjectionDecisionReasons, r.ObjectionDecidedAt, r.ObjectionDecidedBy)
            : null);

    public static RestrictionDto ToDto(this ProcessingRestriction x) => new(
        x.Id, x.PersonId, x.Reason, x.Note, x.From, x.Until, x.PlacedAt, x.PlacedBy, x.IsActive, x.LiftedAt, x.LiftedBy, x.PersonToldAt);

    public static ManualNoticeDto ToDto(this ManualRecipientNotice n) => new(n.Id, n.Method, n.ToldAt, n.Note, n.RecordedAt, n.RecordedBy);

    public static WebhookNoticeDto ToDto(this RecipientNotice n) =>
        new(n.Id, n.Type, n.PersonId, n.OccurredAt, n.Delivery, n.Attempts, n.DeliveredAt, n.LastResult);
}
