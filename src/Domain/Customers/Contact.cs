using HsWorks.Domain.Common;

namespace HsWorks.Domain.Customers;

public enum ContactChannel
{
    PhoneIn,
    PhoneOut,
    Email,
    Visit,
    RemoteSession,
    Chat,
}

/// <summary>One contact with a customer (R4.6): when, how, with whom, by which staff member, about what, and what came of it.</summary>
public sealed class Contact
{
    public const int MaxTopicLength = 200;
    public const int MaxNotesLength = 4000;

    private Contact()
    {
        Topic = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public Guid? PersonId { get; private set; }

    public Guid StaffUserId { get; private set; }

    public Guid? ProductGroupId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public ContactChannel Channel { get; private set; }

    public string Topic { get; private set; }

    public string? Notes { get; private set; }

    public string? Outcome { get; private set; }

    public DateOnly? FollowUpOn { get; private set; }

    public static Contact Log(Guid id, Guid customerId, Guid? personId, Guid staffUserId, Guid? productGroupId, DateTimeOffset at,
        ContactChannel channel, string topic, string? notes, string? outcome, DateOnly? followUpOn, DateTimeOffset now)
    {
        if (at > now.AddMinutes(5)) throw new DomainRuleException("A contact cannot be in the future.", "at");
        if (followUpOn is { } follow && follow < DateOnly.FromDateTime(at.UtcDateTime))
            throw new DomainRuleException("The follow-up cannot be before the contact.", "followUpOn");
        var trimmed = topic?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxTopicLength) throw new DomainRuleException($"The topic is 1–{MaxTopicLength} characters.", "topic");
        return new Contact
        {
            Id = id,
            CustomerId = customerId,
            PersonId = personId,
            StaffUserId = staffUserId,
            ProductGroupId = productGroupId,
            At = at.ToUniversalTime(),
            Channel = channel,
            Topic = trimmed,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
            Outcome = string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim(),
            FollowUpOn = followUpOn,
        };
    }
}
