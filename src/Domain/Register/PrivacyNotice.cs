namespace HsWorks.Domain.Register;

/// <summary>
/// One section of the privacy notice: a stable key (the same in every language and version, so versions can be compared section by
/// section), its heading and its lines. <see cref="Apart"/> marks a section the law wants shown apart from the rest (the right to
/// object, Art. 21(4)).
/// </summary>
public sealed record NoticeSection(string Key, string Title, IReadOnlyList<string> Lines, bool Apart = false);

/// <summary>The privacy notice in one language: its title and its sections in reading order.</summary>
public sealed record NoticeDocument(string Language, string Title, IReadOnlyList<NoticeSection> Sections);

/// <summary>
/// A published privacy notice: a dated, numbered snapshot of the notice in Finnish, Swedish and English as it was generated from the
/// register at that moment. Never changed after publishing (a trigger in the database refuses updates); the next publish makes the next
/// number.
/// </summary>
public sealed class PrivacyNoticeVersion
{
    private PrivacyNoticeVersion()
    {
        PublishedBy = Content = string.Empty;
    }

    /// <summary>1, 2, 3, … in the order of publishing.</summary>
    public int Number { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedBy { get; private set; }

    /// <summary>The three documents as JSON (<c>{"fi": …, "sv": …, "en": …}</c>), written once.</summary>
    public string Content { get; private set; }

    public static PrivacyNoticeVersion Publish(int number, string content, DateTimeOffset at, string by)
    {
        if (number < 1) throw new ArgumentOutOfRangeException(nameof(number));
        return new PrivacyNoticeVersion { Number = number, Content = content, PublishedAt = at, PublishedBy = by };
    }
}

/// <summary>How a section differs between two versions.</summary>
public enum SectionChange
{
    NewSection,
    RemovedSection,
    ChangedSection,
}

/// <summary>One section that differs: the lines only the newer version has (added) and only the older one has (removed).</summary>
public sealed record SectionDiff(string Key, string Title, SectionChange Change, IReadOnlyList<string> AddedLines, IReadOnlyList<string> RemovedLines);

/// <summary>The section-by-section comparison of two notices in the same language; unchanged sections are left out.</summary>
public static class NoticeDiff
{
    public static IReadOnlyList<SectionDiff> Between(NoticeDocument older, NoticeDocument newer)
    {
        var olderByKey = older.Sections.ToDictionary(s => s.Key);
        var newerKeys = newer.Sections.Select(s => s.Key).ToHashSet();
        var diffs = new List<SectionDiff>();
        foreach (var section in newer.Sections)
        {
            if (!olderByKey.TryGetValue(section.Key, out var before))
            {
                diffs.Add(new SectionDiff(section.Key, section.Title, SectionChange.NewSection, section.Lines, []));
                continue;
            }
            var added = Except(section.Lines, before.Lines);
            var removed = Except(before.Lines, section.Lines);
            if (added.Count > 0 || removed.Count > 0 || before.Title != section.Title)
                diffs.Add(new SectionDiff(section.Key, section.Title, SectionChange.ChangedSection, added, removed));
        }
        diffs.AddRange(older.Sections.Where(s => !newerKeys.Contains(s.Key))
            .Select(s => new SectionDiff(s.Key, s.Title, SectionChange.RemovedSection, [], s.Lines)));
        return diffs;
    }

    /// <summary>The lines of <paramref name="lines"/> not in <paramref name="other"/>, counting repeats (a line twice where it was once is one added).</summary>
    private static List<string> Except(IReadOnlyList<string> lines, IReadOnlyList<string> other)
    {
        var remaining = other.GroupBy(l => l).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<string>();
        foreach (var line in lines)
        {
            if (remaining.TryGetValue(line, out var count) && count > 0) remaining[line] = count - 1;
            else result.Add(line);
        }
        return result;
    }
}
