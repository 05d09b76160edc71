using System.Net;
using System.Net.Sockets;

namespace HsWorks.Domain.Disclosures;

/// <summary>Why a webhook address is never delivered to.</summary>
public enum WebhookRefusal
{
    /// <summary>Not HTTPS (plain HTTP only to test receivers on loopback, when private networks are allowed).</summary>
    NotHttps,

    /// <summary>The host name resolves to no address.</summary>
    Unresolvable,

    Loopback,

    /// <summary>RFC 1918 (10/8, 172.16/12, 192.168/16) and the deprecated IPv6 site-local fec0::/10.</summary>
    PrivateNetwork,

    /// <summary>169.254/16 and fe80::/10.</summary>
    LinkLocal,

    /// <summary>Carrier-grade NAT, 100.64/10.</summary>
    CarrierGradeNat,

    /// <summary>IPv6 unique local addresses, fc00::/7.</summary>
    UniqueLocal,

    /// <summary>0.0.0.0/8 and ::.</summary>
    Unspecified,

    Multicast,

    /// <summary>255.255.255.255.</summary>
    Broadcast,

    /// <summary>Reserved, documentation, benchmarking and other addresses outside the public unicast space.</summary>
    Reserved,

    /// <summary>A cloud provider's instance metadata service (169.254.169.254, fd00:ec2::254, metadata.google.internal …).</summary>
    CloudMetadata,

    /// <summary>NAT64 (64:ff9b::/96, 64:ff9b:1::/48): a translator whose IPv4 side we cannot judge.</summary>
    Nat64,

    /// <summary>Teredo (2001::/32): a tunnel whose IPv4 side we cannot judge.</summary>
    Tunnel,
}

/// <summary>
/// The one rule for where webhooks may go, used when a recipient is registered or edited and again
/// when the dispatcher connects (DNS can change in between): public unicast addresses only, never
/// a cloud metadata service. IPv6 forms that carry an IPv4 address (IPv4-mapped, IPv4-compatible,
/// 6to4) are judged by that IPv4 address. Private networks (loopback, RFC 1918, link-local, CGNAT,
/// unique local) can be allowed for tests; metadata, multicast and the rest never.
/// </summary>
public static class WebhookTargetRule
{
    private static readonly HashSet<string> MetadataHostNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal", "metadata.azure.internal",
    };

    private static readonly IPAddress[] MetadataAddresses =
    [
        IPAddress.Parse("169.254.169.254"), // AWS, Azure, GCP, OpenStack …
        IPAddress.Parse("169.254.170.2"), // AWS ECS task metadata
        IPAddress.Parse("168.63.129.16"), // Azure platform (WireServer)
        IPAddress.Parse("100.100.100.200"), // Alibaba Cloud
        IPAddress.Parse("fd00:ec2::254"), // AWS over IPv6
    ];

    /// <summary>The refusal of a host name by name alone (metadata services, localhost), before it is resolved; null when only its addresses can tell.</summary>
    public static WebhookRefusal? RefusalOfHostName(string host)
    {
        var name = host.TrimEnd('.');
        if (MetadataHostNames.Contains(name)) return WebhookRefusal.CloudMetadata;
        if (name.Equals("localhost", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
            return WebhookRefusal.Loopback;
        return null;
    }

    /// <summary>
    /// Why webhooks never go to a host that resolved to <paramref name="addresses"/> (its name first,
    /// then every address: one bad address refuses the host), with the address at fault; null when they may.
    /// </summary>
    public static (WebhookRefusal Reason, IPAddress? Address)? Refusal(string host, IReadOnlyCollection<IPAddress> addresses, bool allowPrivateNetworks)
    {
        if (RefusalOfHostName(host) is { } byName && !(allowPrivateNetworks && IsPrivateNetwork(byName))) return (byName, null);
        if (addresses.Count == 0) return (WebhookRefusal.Unresolvable, null);
        foreach (var address in addresses)
            if (Refusal(address, allowPrivateNetworks) is { } refusal) return (refusal, address);
        return null;
    }

    /// <summary>Why webhooks never go to the address, or null when they may.</summary>
    public static WebhookRefusal? Refusal(IPAddress address, bool allowPrivateNetworks) =>
        Classify(address) is { } refusal && !(allowPrivateNetworks && IsPrivateNetwork(refusal)) ? refusal : null;

    /// <summary>What the tests' <c>AllowPrivateNetworks</c> lets through.</summary>
    public static bool IsPrivateNetwork(WebhookRefusal refusal) => refusal is WebhookRefusal.Loopback or WebhookRefusal.PrivateNetwork
        or WebhookRefusal.LinkLocal or WebhookRefusal.CarrierGradeNat or WebhookRefusal.UniqueLocal;

    /// <summary>The kind of non-public address, or null for a public unicast address.</summary>
    public static WebhookRefusal? Classify(IPAddress address)
    {
        if (Array.Exists(MetadataAddresses, address.Equals)) return WebhookRefusal.CloudMetadata;
        return address.AddressFamily switch
        {
            AddressFamily.InterNetwork => ClassifyV4(address.GetAddressBytes()),
            AddressFamily.InterNetworkV6 => ClassifyV6(address),
            _ => WebhookRefusal.Reserved,
        };
    }

    private static WebhookRefusal? ClassifyV4(byte[] b)
    {
        if (Array.Exists(MetadataAddresses, m => m.AddressFamily == AddressFamily.InterNetwork && m.GetAddressBytes().AsSpan().SequenceEqual(b)))
            return WebhookRefusal.CloudMetadata;
        return b switch
        {
            [0, ..] => WebhookRefusal.Unspecified,
            [127, ..] => WebhookRefusal.Loopback,
            [10, ..] or [172, >= 16 and <= 31, ..] or [192, 168, ..] => WebhookRefusal.PrivateNetwork,
            [169, 254, ..] => WebhookRefusal.LinkLocal,
            [100, >= 64 and <= 127, ..] => WebhookRefusal.CarrierGradeNat,
            [>= 224 and <= 239, ..] => WebhookRefusal.Multicast,
            [255, 255, 255, 255] => WebhookRefusal.Broadcast,
            [>= 240, ..] => WebhookRefusal.Reserved,
            // IETF protocol assignments, the retired 6to4 relay, benchmarking, and the three documentation networks.
            [192, 0, 0, _] or [192, 88, 99, _] or [198, 18 or 19, ..] or [192, 0, 2, _] or [198, 51, 100, _] or [203, 0, 113, _] =>
                WebhookRefusal.Reserved,
            _ => null,
        };
    }

    private static WebhookRefusal? ClassifyV6(IPAddress address)
    {
        var b = address.GetAddressBytes();
        if (address.Equals(IPAddress.IPv6Any)) return WebhookRefusal.Unspecified;
        if (address.Equals(IPAddress.IPv6Loopback)) return WebhookRefusal.Loopback;
        // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (IPv4-compatible, deprecated) reach the IPv4 address.
        if (b.AsSpan(0, 10).IndexOfAnyExcept((byte)0) < 0 && ((b[10] == 0xff && b[11] == 0xff) || (b[10] == 0 && b[11] == 0)))
            return ClassifyV4(b[12..16]);
        if (b is [0x00, 0x64, 0xff, 0x9b, ..]) return WebhookRefusal.Nat64;
        if (b is [0x20, 0x02, ..]) return ClassifyV4(b[2..6]); // 6to4: 2002:aabb:ccdd::/48 carries a.b.c.d
        if (b is [0x20, 0x01, 0x00, 0x00, ..]) return WebhookRefusal.Tunnel; // Teredo
        if (b is [0x20, 0x01, 0x0d, 0xb8, ..]) return WebhookRefusal.Reserved; // documentation
        if (b[0] == 0xff) return WebhookRefusal.Multicast;
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0x80) return WebhookRefusal.LinkLocal;
        if (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0) return WebhookRefusal.PrivateNetwork; // site-local, deprecated
        if ((b[0] & 0xfe) == 0xfc) return WebhookRefusal.UniqueLocal;
        // Only 2000::/3 is global unicast; the rest is reserved.
        return (b[0] & 0xe0) == 0x20 ? null : WebhookRefusal.Reserved;
    }
}
