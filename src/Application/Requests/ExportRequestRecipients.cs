using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Files;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Requests;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Requests;

/// <summary>
/// The recipients to tell (<see cref="ListRequestRecipients"/>) as CSV, the form given to the person who asks who received their data
/// (GDPR Art. 19): one line per recipient with how it received the data, when first and last, and how it was told — the last webhook
/// notice's delivery and the last notice recorded by hand.
/// </summary>
[RequiresPermission(Permission.RequestsManage)]
[Audited("request.recipients.export")]
public sealed record ExportRequestRecipients(Guid Id) : IQuery<FileDownload>;

internal sealed class ExportRequestRecipientsHandler(IHsWorksDb db, ICsvExportWriter csv, AuditTrail trail)
    : IQueryHandler<ExportRequestRecipients, FileDownload>
{
    public static readonly IReadOnlyList<CsvColumn<RequestRecipientDto>> Columns =
    [
        CsvColumn<RequestRecipientDto>.Text("recipient", r => r.Name),
        CsvColumn<RequestRecipientDto>.Text("type", r => EnumNames.ToWire(r.Type)),
        CsvColumn<RequestRecipientDto>.Text("country", r => r.Country),
        CsvColumn<RequestRecipientDto>.Text("received", r => string.Join(' ', r.DisclosureKinds.Select(EnumNames.ToWire))),
        CsvColumn<RequestRecipientDto>.Timestamp("firstDisclosed", r => r.FirstDisclosedAt),
        CsvColumn<RequestRecipientDto>.Timestamp("lastDisclosed", r => r.LastDisclosedAt),
        CsvColumn<RequestRecipientDto>.Text("webhook", r => r.WebhookNotices.LastOrDefault() is { } n ? EnumNames.ToWire(n.Delivery) : null),
        CsvColumn<RequestRecipientDto>.Timestamp("webhookDelivered", r => r.WebhookNotices.LastOrDefault()?.DeliveredAt),
        CsvColumn<RequestRecipientDto>.Text("toldByHand", r => r.ManualNotices.LastOrDefault() is { } n ? EnumNames.ToWire(n.Method) : null),
        CsvColumn<RequestRecipientDto>.Timestamp("toldByHandAt", r => r.ManualNotices.LastOrDefault()?.ToldAt),
    ];

    public async ValueTask<FileDownload> Handle(ExportRequestRecipients query, CancellationToken cancellationToken)
    {
        var request = await db.DataSubjectRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.Id, cancellationToken)
            ?? throw new NotFoundException("Request");
        trail.Persons(request.PersonIds).Changed([$"request:{request.Id}"]);
        if (!DataSubjectRequest.ConcernsDisclosedData(request.Type))
            throw new ConflictException("Only a rectification, erasure or restriction request has recipients to tell.", "type");
        var recipients = await RecipientsToTell.OfAsync(db, request, cancellationToken);
        return new FileDownload($"request-{request.Id}-recipients.csv", "text/csv; charset=utf-8",
            (output, ct) => csv.WriteAsync(output, Columns, recipients.ToAsyncEnumerable(), ct));
    }
}
