using System.Text.Json;
using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Validation;
using HsWorks.Application.Retention;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Register;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Register;

/// <summary>How published versions are stored and read back, and which one is in force.</summary>
internal static class PrivacyNotices
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The number of the latest published version (the one in force), or null before the first publish.</summary>
    public static Task<int?> InForceAsync(IHsWorksDb db, CancellationToken cancellationToken) =>
        db.PrivacyNoticeVersions.MaxAsync(v => (int?)v.Number, cancellationToken);

    /// <summary>The three languages' notices generated from the register now, as a version stores them.</summary>
    public static async Task<Dictionary<string, NoticeDocument>> GenerateAsync(IHsWorksDb db, IRetentionTexts retention, CancellationToken cancellationToken)
    {
        var facts = await RegisterFacts.LoadAsync(db, retention, cancellationToken);
        return PrivacyNoticeComposer.Languages.ToDictionary(l => l, l => PrivacyNoticeComposer.Compose(facts, l));
    }

    public static string Serialize(Dictionary<string, NoticeDocument> notices) => JsonSerializer.Serialize(notices, Json);

    public static Dictionary<string, NoticeDocument> Deserialize(string content) =>
        JsonSerializer.Deserialize<Dictionary<string, NoticeDocument>>(content, Json) ?? throw new InvalidOperationException("A stored notice is empty.");

    public static string Code(Language language) => EnumNames.ToWire(language);

    public static PrivacyNoticeDto ToDto(NoticeDocument document, Language language, int? version, DateTimeOffset? publishedAt) =>
        new(version, publishedAt, language, document.Title, document.Sections);

    public static PrivacyNoticeDto ToDto(PrivacyNoticeVersion version, Language language) =>
        ToDto(Deserialize(version.Content)[Code(language)], language, version.Number, version.PublishedAt);

    public static async Task<PrivacyNoticeVersion> FindAsync(IHsWorksDb db, int number, CancellationToken cancellationToken) =>
        await db.PrivacyNoticeVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Number == number, cancellationToken)
        ?? throw new NotFoundException("Privacy notice version");
}
