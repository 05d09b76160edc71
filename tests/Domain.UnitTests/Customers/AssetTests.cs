using HsWorks.Domain.Customers;

namespace HsWorks.Domain.UnitTests.Customers;

public sealed class AssetTests
{
    private static Asset WithKey(string? key) =>
        Asset.Register(Guid.NewGuid(), Guid.NewGuid(), AssetKind.Software, "Contoso", "Office", null, null, null, null, null, key, null, null, DateTimeOffset.UtcNow);

    [Theory]
    [InlineData("ABCDE-FGHIJ-KLMNO-PQRST", "•••••••••••••••••••QRST")]
    [InlineData("ABCD", "••••••••")]
    [InlineData("ABCDEFGHIJK", "•••••••••••")]
    public void A_licence_key_shows_at_most_its_last_four_characters_and_a_short_key_none(string key, string masked) =>
        WithKey(key).LicenceKeyMasked.Should().Be(masked);

    [Fact]
    public void An_asset_without_a_key_has_no_mask() => WithKey(null).LicenceKeyMasked.Should().BeNull();
}
