using System.Net;
using HsWorks.Domain.Disclosures;

namespace HsWorks.Domain.UnitTests.Disclosures;

/// <summary>The one rule of where webhooks may go, address by address.</summary>
public sealed class WebhookTargetRuleTests
{
    [Theory]
    [InlineData("127.0.0.1", WebhookRefusal.Loopback)]
    [InlineData("127.255.0.9", WebhookRefusal.Loopback)]
    [InlineData("::1", WebhookRefusal.Loopback)]
    [InlineData("10.1.2.3", WebhookRefusal.PrivateNetwork)]
    [InlineData("172.16.0.1", WebhookRefusal.PrivateNetwork)]
    [InlineData("172.31.255.255", WebhookRefusal.PrivateNetwork)]
    [InlineData("192.168.1.1", WebhookRefusal.PrivateNetwork)]
    [InlineData("fec0::1", WebhookRefusal.PrivateNetwork)]
    [InlineData("169.254.1.1", WebhookRefusal.LinkLocal)]
    [InlineData("fe80::1", WebhookRefusal.LinkLocal)]
    [InlineData("febf::1", WebhookRefusal.LinkLocal)]
    [InlineData("100.64.0.1", WebhookRefusal.CarrierGradeNat)]
    [InlineData("100.127.255.254", WebhookRefusal.CarrierGradeNat)]
    [InlineData("0.0.0.0", WebhookRefusal.Unspecified)]
    [InlineData("0.1.2.3", WebhookRefusal.Unspecified)]
    [InlineData("::", WebhookRefusal.Unspecified)]
    [InlineData("fc00::1", WebhookRefusal.UniqueLocal)]
    [InlineData("fdff:ffff::1", WebhookRefusal.UniqueLocal)]
    [InlineData("224.0.0.1", WebhookRefusal.Multicast)]
    [InlineData("239.255.255.250", WebhookRefusal.Multicast)]
    [InlineData("ff02::1", WebhookRefusal.Multicast)]
    [InlineData("255.255.255.255", WebhookRefusal.Broadcast)]
    [InlineData("240.0.0.1", WebhookRefusal.Reserved)]
    [InlineData("192.0.2.10", WebhookRefusal.Reserved)]
    [InlineData("198.18.0.1", WebhookRefusal.Reserved)]
    [InlineData("2001:db8::1", WebhookRefusal.Reserved)]
    [InlineData("100::1", WebhookRefusal.Reserved)]
    [InlineData("169.254.169.254", WebhookRefusal.CloudMetadata)]
    [InlineData("169.254.170.2", WebhookRefusal.CloudMetadata)]
    [InlineData("168.63.129.16", WebhookRefusal.CloudMetadata)]
    [InlineData("100.100.100.200", WebhookRefusal.CloudMetadata)]
    [InlineData("fd00:ec2::254", WebhookRefusal.CloudMetadata)]
    [InlineData("::ffff:127.0.0.1", WebhookRefusal.Loopback)]
    [InlineData("::ffff:10.0.0.1", WebhookRefusal.PrivateNetwork)]
    [InlineData("::ffff:169.254.169.254", WebhookRefusal.CloudMetadata)]
    [InlineData("::10.0.0.1", WebhookRefusal.PrivateNetwork)]
    [InlineData("64:ff9b::8.8.8.8", WebhookRefusal.Nat64)]
    [InlineData("64:ff9b::10.0.0.1", WebhookRefusal.Nat64)]
    [InlineData("64:ff9b:1::1", WebhookRefusal.Nat64)]
    [InlineData("2002:7f00:1::1", WebhookRefusal.Loopback)]
    [InlineData("2002:a9fe:a9fe::1", WebhookRefusal.CloudMetadata)]
    [InlineData("2002:c0a8:0101::1", WebhookRefusal.PrivateNetwork)]
    [InlineData("2001:0:4136:e378::1", WebhookRefusal.Tunnel)]
    public void A_non_public_address_is_refused_with_its_kind(string address, WebhookRefusal expected)
    {
        WebhookTargetRule.Classify(IPAddress.Parse(address)).Should().Be(expected);
        WebhookTargetRule.Refusal(IPAddress.Parse(address), allowPrivateNetworks: false).Should().Be(expected);
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.215.14")]
    [InlineData("100.63.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("172.15.0.1")]
    [InlineData("172.32.0.1")]
    [InlineData("169.253.1.1")]
    [InlineData("223.255.255.254")]
    [InlineData("2a00:1450:4001:81c::200e")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("2002:0808:0808::1")]
    public void A_public_unicast_address_is_allowed(string address) =>
        WebhookTargetRule.Refusal(IPAddress.Parse(address), allowPrivateNetworks: false).Should().BeNull();

    [Theory]
    [InlineData("127.0.0.1", null)]
    [InlineData("10.0.0.1", null)]
    [InlineData("fd12::1", null)]
    [InlineData("100.64.0.1", null)]
    [InlineData("169.254.169.254", WebhookRefusal.CloudMetadata)]
    [InlineData("224.0.0.1", WebhookRefusal.Multicast)]
    [InlineData("0.0.0.0", WebhookRefusal.Unspecified)]
    [InlineData("64:ff9b::7f00:1", WebhookRefusal.Nat64)]
    public void Allowing_private_networks_for_tests_never_allows_metadata_multicast_or_unspecified(string address, WebhookRefusal? expected) =>
        WebhookTargetRule.Refusal(IPAddress.Parse(address), allowPrivateNetworks: true).Should().Be(expected);

    [Theory]
    [InlineData("metadata.google.internal", WebhookRefusal.CloudMetadata)]
    [InlineData("METADATA.google.internal.", WebhookRefusal.CloudMetadata)]
    [InlineData("metadata", WebhookRefusal.CloudMetadata)]
    [InlineData("localhost", WebhookRefusal.Loopback)]
    [InlineData("api.localhost", WebhookRefusal.Loopback)]
    [InlineData("hooks.partner.example", null)]
    public void Some_host_names_are_refused_by_name(string host, WebhookRefusal? expected) =>
        WebhookTargetRule.RefusalOfHostName(host).Should().Be(expected);
}
