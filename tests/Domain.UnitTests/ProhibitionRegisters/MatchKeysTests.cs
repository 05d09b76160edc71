using HsWorks.Domain.ProhibitionRegisters;


namespace HsWorks.Domain.UnitTests.ProhibitionRegisters;

/// <summary>The normalised values register lines and persons are matched by (docs/imports.md).</summary>
public sealed class MatchKeysTests
{
    [Theory]
    [InlineData("  Matti.Virtanen@Example.FI ", "matti.virtanen@example.fi")]
    [InlineData("", null)]
    [InlineData("   ", null)]
    public void E_mail_addresses_ignore_case_and_surrounding_spaces(string given, string? key) => MatchKeys.EmailKey(given).Should().Be(key);

    [Theory]
    [InlineData("040 123 4567", "+358401234567")]
    [InlineData("040-1234567", "+358401234567")]
    [InlineData("+358 (0)40 123 4567", "+358401234567")]
    [InlineData("00358401234567", "+358401234567")]
    [InlineData("358401234567", "+358401234567")]
    [InlineData("(09) 123 456", "+3589123456")]
    [InlineData("+46 8 123 456", "+468123456")]
    [InlineData("12345", null)]
    [InlineData("", null)]
    public void Phone_numbers_are_put_in_international_form(string given, string? key) => MatchKeys.PhoneKey(given).Should().Be(key);

    [Theory]
    [InlineData("Mäkelä", "makela")]
    [InlineData("ÖHMAN", "ohman")]
    [InlineData("Åström-Lindén", "astromlinden")]
    [InlineData("  Virtanen ", "virtanen")]
    [InlineData("123", null)]
    public void Names_fold_case_and_finnish_letters(string given, string? key) => MatchKeys.NameKey(given).Should().Be(key);

    [Theory]
    [InlineData("Matti Juhani", "matti")]
    [InlineData("  Anna-Liisa   Maria", "annaliisa")]
    [InlineData("", null)]
    public void Only_the_first_given_name_counts(string given, string? key) => MatchKeys.FirstNameKey(given).Should().Be(key);

    [Theory]
    [InlineData("Hämeenkatu 5 A 3", "Hameenk. 5 a 3")]
    [InlineData("Hämeenkatu 5 A 3", "HÄMEENKATU 5A3")]
    [InlineData("Mannerheimintie 12", "Mannerheimint. 12")]
    [InlineData("Koivukuja 3", "Koivukj. 3")]
    [InlineData("Storgatan 1", "Storg. 1")]
    [InlineData("Kungsvägen 7", "Kungsv. 7")]
    public void Street_abbreviations_and_spacing_do_not_matter(string one, string other) =>
        MatchKeys.StreetKey(one).Should().NotBeNull().And.Be(MatchKeys.StreetKey(other));

    [Theory]
    [InlineData("Hämeenkatu 5 A 3", "Hämeenkatu 7 A 3")]
    [InlineData("Hämeenkatu 5 A 3", "Hämeenkatu 5 A 4")]
    [InlineData("Koivutie 3", "Koivukuja 3")]
    [InlineData("Rantatie 1", "Rantakatu 1")]
    public void Different_addresses_stay_different(string one, string other) => MatchKeys.StreetKey(one).Should().NotBe(MatchKeys.StreetKey(other));

    [Theory]
    [InlineData("00 300", "00300")]
    [InlineData(" 33100 ", "33100")]
    [InlineData("", null)]
    public void Postal_codes_ignore_spaces(string given, string? key) => MatchKeys.PostalCodeKey(given).Should().Be(key);

    [Fact]
    public void Missing_values_have_no_key() =>
        MatchKeys.Of(null, null, null, null, null, null, null).Should().Be(new MatchKeys(null, null, null, null, null, null, null));
}
