using HsWorks.Domain.Common;

namespace HsWorks.Domain.Purposes;

/// <summary>The legal basis of a processing purpose (R2.1).</summary>
public enum LegalBasis
{
    Consent,
    Contract,
    LegalObligation,
    LegitimateInterest,
}

/// <summary>
/// A processing purpose of the catalogue (R3.1) with its legal basis, the data categories it uses
/// and whether it is marketing (R3.2: marketing purposes are separate, so a marketing ban never
/// blocks customer service). Each change raises the version; earlier versions are kept.
/// </summary>
public sealed class Purpose
{
    /// <summary>The seeded purpose of partners' marketing: selections for it follow the stricter partner rules.</summary>
    public const string PartnerMarketingCode = "partnerMarketing";

    private Purpose()
    {
        Code = NameFi = NameSv = NameEn = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string NameFi { get; private set; }

    public string NameSv { get; private set; }

    public string NameEn { get; private set; }

    public LegalBasis LegalBasis { get; private set; }

    public bool IsMarketing { get; private set; }

    public List<string> DataCategories { get; private set; } = [];

    /// <summary>
    /// The legitimate interest pursued (Art. 13(1)(d)) in the three languages, where that is the basis; null under any other basis.
    /// The privacy notice and the record of processing quote it.
    /// </summary>
    public LocalisedText? LegitimateInterest { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public const int MaxLegitimateInterestLength = 2000;

    public static Purpose Define(Guid id, string code, string nameFi, string nameSv, string nameEn, LegalBasis basis, bool isMarketing,
        IEnumerable<string> dataCategories, DateTimeOffset now, LocalisedText? legitimateInterest = null)
    {
        if (string.IsNullOrWhiteSpace(code) || !code.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetterLower(code[0]))
            throw new DomainRuleException("A purpose code is camelCase letters and digits.", "code");
        var purpose = new Purpose { Id = id, Code = code };
        purpose.Revise(nameFi, nameSv, nameEn, basis, isMarketing, dataCategories, now, legitimateInterest);
        return purpose;
    }

    /// <summary>A purpose based on legitimate interest states that interest in every language; under another basis none is kept.</summary>
    public void Revise(string nameFi, string nameSv, string nameEn, LegalBasis basis, bool isMarketing, IEnumerable<string> dataCategories, DateTimeOffset now,
        LocalisedText? legitimateInterest = null)
    {
        NameFi = Require(nameFi, "nameFi");
        NameSv = Require(nameSv, "nameSv");
        NameEn = Require(nameEn, "nameEn");
        LegalBasis = basis;
        IsMarketing = isMarketing;
        DataCategories = [.. dataCategories.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct()];
        LegitimateInterest = basis == LegalBasis.LegitimateInterest
            ? new LocalisedText(Interest(legitimateInterest?.Fi, "legitimateInterest.fi"), Interest(legitimateInterest?.Sv, "legitimateInterest.sv"),
                Interest(legitimateInterest?.En, "legitimateInterest.en"))
            : null;
        Version++;
        UpdatedAt = now;
    }

    public string NameIn(string language) => Localised.Pick(language, NameFi, NameSv, NameEn);

    private static string Interest(string? value, string field)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxLegitimateInterestLength)
            throw new DomainRuleException($"A purpose based on legitimate interest states the interest pursued, 1–{MaxLegitimateInterestLength} characters in each language.", field);
        return trimmed;
    }

    private static string Require(string value, string field)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 200) throw new DomainRuleException("A name is 1–200 characters.", field);
        return trimmed;
    }
}

/// <summary>One kept version of a purpose, as it read from <see cref="ValidFrom"/>.</summary>
public sealed class PurposeVersion
{
    private PurposeVersion()
    {
        NameEn = ChangedBy = string.Empty;
    }

    public long Id { get; private set; }

    public Guid PurposeId { get; private set; }

    public int Version { get; private set; }

    public string NameEn { get; private set; }

    public LegalBasis LegalBasis { get; private set; }

    public bool IsMarketing { get; private set; }

    public string[] DataCategories { get; private set; } = [];

    /// <summary>The legitimate interest pursued, in English, as it stood in this version (null under other bases).</summary>
    public string? LegitimateInterestEn { get; private set; }

    public DateTimeOffset ValidFrom { get; private set; }

    public string ChangedBy { get; private set; }

    public static PurposeVersion Of(Purpose purpose, string changedBy) => new()
    {
        PurposeId = purpose.Id,
        Version = purpose.Version,
        NameEn = purpose.NameEn,
        LegalBasis = purpose.LegalBasis,
        IsMarketing = purpose.IsMarketing,
        DataCategories = [.. purpose.DataCategories],
        LegitimateInterestEn = purpose.LegitimateInterest?.En,
        ValidFrom = purpose.UpdatedAt,
        ChangedBy = changedBy,
    };
}
