using HsWorks.Domain.Common;

namespace HsWorks.Domain.Customers;

/// <summary>
/// How staff connect to one of the customer's workstations (R4.5): the tool, the host or id, the
/// user name and a secret. The secret is encrypted at rest and never listed; it is revealed one at
/// a time, with a stated reason, to levels that may see it.
/// </summary>
public sealed class RemoteAccess
{
    private RemoteAccess()
    {
        Tool = Host = Secret = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid AssetId { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>RDP, VNC, SSH or a remote-support product.</summary>
    public string Tool { get; private set; }

    public string Host { get; private set; }

    public string? Username { get; private set; }

    public string Secret { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static RemoteAccess Create(Guid id, Guid assetId, Guid customerId, string tool, string host, string? username, string secret, DateTimeOffset now)
    {
        var access = new RemoteAccess { Id = id, AssetId = assetId, CustomerId = customerId, CreatedAt = now };
        access.Change(tool, host, username, secret, now);
        return access;
    }

    /// <summary>Changes the connection; a null secret keeps the stored one.</summary>
    public void Change(string tool, string host, string? username, string? secret, DateTimeOffset now)
    {
        Tool = Require(tool, "tool", 50);
        Host = Require(host, "host", 200);
        Username = string.IsNullOrWhiteSpace(username) ? null : username.Trim();
        if (secret is not null)
        {
            if (secret.Length is 0 or > 500) throw new DomainRuleException("The secret is 1–500 characters.", "secret");
            Secret = secret;
        }
        UpdatedAt = now;
    }

    private static string Require(string value, string field, int max)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > max) throw new DomainRuleException($"1–{max} characters.", field);
        return trimmed;
    }
}
