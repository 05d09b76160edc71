using HsWorks.Domain.Common;

namespace HsWorks.Domain.Customers;

public enum AssetKind
{
    Workstation,
    Laptop,
    Server,
    Printer,
    Network,
    Mobile,
    Software,
    Other,
}

/// <summary>A warranty's term and conditions.</summary>
public sealed record Warranty(DateOnly StartsOn, DateOnly EndsOn, string? Terms)
{
    public bool IsActiveOn(DateOnly day) => StartsOn <= day && day <= EndsOn;
}

/// <summary>A device, piece of hardware or software of the customer (R4.4), with its warranty.</summary>
public sealed class Asset
{
    private Asset()
    {
        Make = Model = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid CustomerId { get; private set; }

    public AssetKind Kind { get; private set; }

    public string Make { get; private set; }

    public string Model { get; private set; }

    public string? SerialNumber { get; private set; }

    public Guid? ProductGroupId { get; private set; }

    public Guid? PurchaseId { get; private set; }

    public string? OperatingSystem { get; private set; }

    public string? Version { get; private set; }

    /// <summary>Encrypted at rest; shown masked.</summary>
    public string? LicenceKey { get; private set; }

    /// <summary>Where (or when) it was installed, as staff describe it.</summary>
    public string? InstalledAt { get; private set; }

    public Warranty? Warranty { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The licence key with all but its last four characters hidden.</summary>
    public string? LicenceKeyMasked => LicenceKey switch
    {
        null => null,
        // Only a long key may show its tail; a short one would give most of itself away.
        { Length: >= 12 } key => new string('•', key.Length - 4) + key[^4..],
        var key => new string('•', Math.Max(8, key.Length)),
    };

    public static Asset Register(Guid id, Guid customerId, AssetKind kind, string make, string model, string? serialNumber, Guid? productGroupId,
        Guid? purchaseId, string? operatingSystem, string? version, string? licenceKey, string? installedAt, Warranty? warranty, DateTimeOffset now)
    {
        if (warranty is not null && warranty.EndsOn < warranty.StartsOn)
            throw new DomainRuleException("A warranty cannot end before it starts.", "warranty.endsOn");
        return new Asset
        {
            Id = id,
            CustomerId = customerId,
            Kind = kind,
            Make = Require(make, "make"),
            Model = Require(model, "model"),
            SerialNumber = Optional(serialNumber),
            ProductGroupId = productGroupId,
            PurchaseId = purchaseId,
            OperatingSystem = Optional(operatingSystem),
            Version = Optional(version),
            LicenceKey = Optional(licenceKey),
            InstalledAt = Optional(installedAt),
            Warranty = warranty,
            CreatedAt = now,
        };
    }

    /// <summary>Retention's contract rule (issue 13): the warranty goes while the asset stays by its own rule.</summary>
    public void ForgetWarranty() => Warranty = null;

    private static string Require(string value, string field)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 100) throw new DomainRuleException("1–100 characters.", field);
        return trimmed;
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
