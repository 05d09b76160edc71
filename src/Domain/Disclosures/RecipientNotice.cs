namespace HsWorks.Domain.Disclosures;

/// <summary>What happened to a person that recipients of their data must hear about (GDPR Art. 19, webhook types).</summary>
public enum NoticeType
{
    ConsentWithdrawn,
    Objected,
    PersonRectified,
    PersonErased,
    ProcessingRestricted,
}

/// <summary>
/// Where a webhook notice stands: sent (in the outbox, waiting for or between attempts), delivered (the webhook accepted it), or
/// failed (given up after the last attempt, or no webhook to send to: the recipient must be told by other means).
/// </summary>
public enum WebhookDelivery
{
    Sent,
    Delivered,
    Failed,
}

/// <summary>
/// One notice to one recipient, kept in an outbox in the transaction of the change it tells about,
/// and delivered (signed) until the recipient's webhook accepts it. The row is the record of the
/// notification: when it was sent, how many attempts, the last answer.
/// </summary>
public sealed class RecipientNotice
{
    public const int MaxAttempts = 12;

    private RecipientNotice()
    {
    }

    public Guid Id { get; private set; }

    public Guid RecipientId { get; private set; }

    public NoticeType Type { get; private set; }

    public Guid PersonId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    /// <summary>Given up after <see cref="MaxAttempts"/> failures; the DPO sees it and follows up by hand.</summary>
    public DateTimeOffset? AbandonedAt { get; private set; }

    public string? LastResult { get; private set; }

    public WebhookDelivery Delivery => DeliveredAt is not null ? WebhookDelivery.Delivered : AbandonedAt is not null ? WebhookDelivery.Failed : WebhookDelivery.Sent;

    public static RecipientNotice Of(Guid id, Guid recipientId, NoticeType type, Guid personId, DateTimeOffset occurredAt) =>
        new() { Id = id, RecipientId = recipientId, Type = type, PersonId = personId, OccurredAt = occurredAt, NextAttemptAt = occurredAt };

    public void Delivered(DateTimeOffset now, string result)
    {
        Attempts++;
        (DeliveredAt, LastResult) = (now, result);
    }

    /// <summary>No webhook to send to: kept, given up at once, for the data protection officer to tell the recipient by other means.</summary>
    public void Undeliverable(DateTimeOffset now, string result)
    {
        (LastResult, AbandonedAt) = (result, now);
    }

    /// <summary>A failed attempt: the next one waits twice as long (30 s, 1 min, 2 min … at most 6 h).</summary>
    public void Failed(DateTimeOffset now, string result)
    {
        Attempts++;
        LastResult = result.Length > 500 ? result[..500] : result;
        if (Attempts >= MaxAttempts) AbandonedAt = now;
        else NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Attempts - 1), 6 * 3600));
    }
}
