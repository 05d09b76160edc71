namespace HsWorks.Domain.Marketing;

/// <summary>A marketing channel; <see cref="All"/> covers every channel.</summary>
public enum Channel
{
    Email,
    Sms,
    Phone,
    Post,
    All,
}
