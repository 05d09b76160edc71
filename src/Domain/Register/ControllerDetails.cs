using HsWorks.Domain.Common;

namespace HsWorks.Domain.Register;

/// <summary>
/// The controller of the register (R1.1, GDPR Art. 13(1)(a)–(b)): who it is, how to reach it and its data-protection contact, and
/// the texts the privacy notice needs that no other record holds — the security measures, whether giving the data is required
/// and what follows if not, and how to get a copy of the transfer safeguards. One row; an administrator edits it.
/// </summary>
public sealed class ControllerDetails
{
    public const int MaxNameLength = 200;
    public const int MaxLineLength = 200;
    public const int MaxTextLength = 4000;

    /// <summary>The one row's key: the register has one controller.</summary>
    public const int SingletonId = 1;

    private ControllerDetails()
    {
        Name = BusinessId = Street = PostalCode = City = Phone = Email = ContactName = ContactEmail = UpdatedBy = string.Empty;
        SecurityMeasures = ProvisionOfData = SafeguardsCopy = new LocalisedText(string.Empty, string.Empty, string.Empty);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>The Finnish business id (Y-tunnus), checked by its check digit.</summary>
    public string BusinessId { get; private set; }

    public string Street { get; private set; }

    public string PostalCode { get; private set; }

    public string City { get; private set; }

    /// <summary>E.164.</summary>
    public string Phone { get; private set; }

    public string Email { get; private set; }

    /// <summary>Whom data subjects contact about their data (the register's maintainer or the data protection officer).</summary>
    public string ContactName { get; private set; }

    public string ContactEmail { get; private set; }

    /// <summary>E.164, optional.</summary>
    public string? ContactPhone { get; private set; }

    public LocalisedText SecurityMeasures { get; private set; }

    /// <summary>Whether giving the data is a requirement (statutory, contractual or for a contract) and what follows if it is not given (Art. 13(2)(e)).</summary>
    public LocalisedText ProvisionOfData { get; private set; }

    /// <summary>How to get a copy of the safeguards of transfers outside the EU/EEA, or where they are available (Art. 13(1)(f)).</summary>
    public LocalisedText SafeguardsCopy { get; private set; }

    /// <summary>
    /// Whether the controller's licence for the Population Register's data (the agreement with the Digital and Population Data
    /// Services Agency) allows passing that data on to partners. Off unless an administrator turns it on: while off, partner reads
    /// withhold the names and the address whose source is the Population Register.
    /// </summary>
    public bool PopulationRegisterDataToPartners { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string UpdatedBy { get; private set; }

    /// <summary>Row version for optimistic concurrency (the ETag).</summary>
    public uint Version { get; private set; }

    /// <summary>The values are already normalised by their value objects (business id, phone, e-mail); the rest is trimmed here.</summary>
    public static ControllerDetails Create(ControllerFields fields, DateTimeOffset now, string by)
    {
        var details = new ControllerDetails { Id = SingletonId };
        details.Update(fields, now, by);
        return details;
    }

    /// <summary>Replaces every field; answers the names of those that changed, for the audit.</summary>
    public IReadOnlyList<string> Update(ControllerFields fields, DateTimeOffset now, string by)
    {
        var before = Snapshot();
        Name = Require(fields.Name, MaxNameLength, "name");
        BusinessId = Require(fields.BusinessId, MaxLineLength, "businessId");
        Street = Require(fields.Street, MaxLineLength, "street");
        PostalCode = Require(fields.PostalCode, MaxLineLength, "postalCode");
        City = Require(fields.City, MaxLineLength, "city");
        Phone = Require(fields.Phone, MaxLineLength, "phone");
        Email = Require(fields.Email, MaxLineLength, "email");
        ContactName = Require(fields.ContactName, MaxNameLength, "contactName");
        ContactEmail = Require(fields.ContactEmail, MaxLineLength, "contactEmail");
        ContactPhone = string.IsNullOrWhiteSpace(fields.ContactPhone) ? null : Require(fields.ContactPhone, MaxLineLength, "contactPhone");
        SecurityMeasures = RequireText(fields.SecurityMeasures, "securityMeasures");
        ProvisionOfData = RequireText(fields.ProvisionOfData, "provisionOfData");
        SafeguardsCopy = RequireText(fields.SafeguardsCopy, "safeguardsCopy");
        PopulationRegisterDataToPartners = fields.PopulationRegisterDataToPartners;
        UpdatedAt = now;
        UpdatedBy = by;
        var after = Snapshot();
        return [.. before.Where(b => after[b.Key] != b.Value).Select(b => b.Key)];
    }

    private Dictionary<string, string?> Snapshot() => new()
    {
        ["name"] = Name, ["businessId"] = BusinessId, ["street"] = Street, ["postalCode"] = PostalCode, ["city"] = City, ["phone"] = Phone,
        ["email"] = Email, ["contactName"] = ContactName, ["contactEmail"] = ContactEmail, ["contactPhone"] = ContactPhone,
        ["securityMeasures"] = $"{SecurityMeasures.Fi}\u0001{SecurityMeasures.Sv}\u0001{SecurityMeasures.En}",
        ["provisionOfData"] = $"{ProvisionOfData.Fi}\u0001{ProvisionOfData.Sv}\u0001{ProvisionOfData.En}",
        ["safeguardsCopy"] = $"{SafeguardsCopy.Fi}\u0001{SafeguardsCopy.Sv}\u0001{SafeguardsCopy.En}",
        ["populationRegisterDataToPartners"] = PopulationRegisterDataToPartners ? "on" : "off",
    };

    private static string Require(string? value, int max, string field)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > max) throw new DomainRuleException($"{field} is 1–{max} characters.", field);
        return trimmed;
    }

    private static LocalisedText RequireText(LocalisedText? text, string field) => text is null
        ? throw new DomainRuleException($"{field} is required in Finnish, Swedish and English.", field)
        : new LocalisedText(Require(text.Fi, MaxTextLength, $"{field}.fi"), Require(text.Sv, MaxTextLength, $"{field}.sv"),
            Require(text.En, MaxTextLength, $"{field}.en"));
}

/// <summary>Every field of the controller's details, as an administrator gives them.</summary>
public sealed record ControllerFields(
    string Name, string BusinessId, string Street, string PostalCode, string City, string Phone, string Email, string ContactName,
    string ContactEmail, string? ContactPhone, LocalisedText SecurityMeasures, LocalisedText ProvisionOfData, LocalisedText SafeguardsCopy,
    bool PopulationRegisterDataToPartners = false);
