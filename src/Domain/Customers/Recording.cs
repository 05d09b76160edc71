using HsWorks.Domain.Common;

namespace HsWorks.Domain.Customers;

/// <summary>
/// A call recording or other stored customer-service communication (R4.9). The content lives in a
/// file store outside the relational rows; this is its description.
/// </summary>
public sealed class Recording
{
    private Recording()
    {
        ContentType = FileName = Sha256 = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid? ContactId { get; private set; }

    public string ContentType { get; private set; }

    public string FileName { get; private set; }

    public long Size { get; private set; }

    public string Sha256 { get; private set; }

    public Guid UploadedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Recording Describe(Guid id, Guid customerId, Guid? contactId, string contentType, string fileName, long size, string sha256,
        Guid uploadedBy, DateTimeOffset now)
    {
        if (size <= 0) throw new DomainRuleException("The file is empty.", "file");
        var name = Path.GetFileName(fileName ?? string.Empty).Trim();
        return new Recording
        {
            Id = id,
            CustomerId = customerId,
            ContactId = contactId,
            ContentType = contentType,
            FileName = name.Length is 0 or > 200 ? "recording" : name,
            Size = size,
            Sha256 = sha256,
            UploadedBy = uploadedBy,
            CreatedAt = now,
        };
    }
}
