using HsWorks.Domain.Common;

namespace HsWorks.Domain.Customers;

/// <summary>A product or service group of the catalogue (R4.10); every customer item belongs to one.</summary>
public sealed class ProductGroup
{
    private ProductGroup()
    {
        Code = NameFi = NameSv = NameEn = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Stable camelCase code that scripts rely on (phoneSupport, installation, …).</summary>
    public string Code { get; private set; }

    public string NameFi { get; private set; }

    public string NameSv { get; private set; }

    public string NameEn { get; private set; }

    public static ProductGroup Create(Guid id, string code, string nameFi, string nameSv, string nameEn)
    {
        if (string.IsNullOrWhiteSpace(code) || !code.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetterLower(code[0]))
            throw new DomainRuleException("A product group code is camelCase letters and digits.", "code");
        var group = new ProductGroup { Id = id, Code = code };
        group.Rename(nameFi, nameSv, nameEn);
        return group;
    }

    public void Rename(string nameFi, string nameSv, string nameEn)
    {
        NameFi = Require(nameFi, "nameFi");
        NameSv = Require(nameSv, "nameSv");
        NameEn = Require(nameEn, "nameEn");
    }

    public string NameIn(string language) => Localised.Pick(language, NameFi, NameSv, NameEn);

    private static string Require(string value, string field)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 100) throw new DomainRuleException("A name is 1–100 characters.", field);
        return trimmed;
    }
}
