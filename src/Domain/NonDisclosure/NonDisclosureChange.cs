using HsWorks.Domain.Persons;

namespace HsWorks.Domain.NonDisclosure;

/// <summary>
/// One change of a person's non-disclosure marking (turvakielto, R5.2), kept as history with its
/// source like consents and bans: when it was set or cleared, from where and by whom.
/// </summary>
public sealed class NonDisclosureChange
{
    private NonDisclosureChange()
    {
        ChangedBy = string.Empty;
    }

    public long Id { get; private set; }

    public Guid PersonId { get; private set; }

    public bool Marked { get; private set; }

    public DataSource Source { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ChangedBy { get; private set; }

    public static NonDisclosureChange Of(Person person, DataSource source, DateTimeOffset at, string changedBy) =>
        new() { PersonId = person.Id, Marked = person.NonDisclosure, Source = source, At = at, ChangedBy = changedBy };
}
