using HsWorks.Domain.Persons;

namespace HsWorks.Domain.UnitTests.Persons;

public class PostalCodeTests
{
    [Theory]
    [InlineData("00100", "FI")]
    [InlineData("00300", "FI")]
    [InlineData("99999", "FI")]
    [InlineData(" 33100 ", "FI")]
    [InlineData("22100", "AX")]
    public void Finnish_postal_code_of_five_digits_is_accepted(string input, string country)
    {
        var result = PostalCode.Parse(input, country);

        result.IsValid.Should().BeTrue(result.Error);
        result.Value!.Value.Should().Be(input.Trim());
        result.Value.ToString().Should().Be(input.Trim());
    }

    [Theory]
    [InlineData("12AB")]
    [InlineData("1234")]
    [InlineData("123456")]
    [InlineData("001 00")]
    [InlineData("00-100")]
    [InlineData("FI-00100")]
    [InlineData("0010A")]
    [InlineData("０٠１٠٠")] // non-ASCII digits
    public void Finnish_postal_code_not_of_five_digits_is_rejected(string input)
    {
        var result = PostalCode.Parse(input, "FI");

        result.IsValid.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Error.Should().Contain("five digits");
    }

    [Fact]
    public void Aland_postal_code_follows_the_Finnish_rule()
    {
        PostalCode.Parse("12AB", "AX").IsValid.Should().BeFalse();
    }

    [Theory]
    [InlineData("fi")]
    [InlineData(" FI ")]
    [InlineData("ax")]
    public void Finnish_rule_applies_whatever_the_case_of_the_country(string country)
    {
        PostalCode.Parse("12AB", country).IsValid.Should().BeFalse();
        PostalCode.Parse("00100", country).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("12AB", "SE", "12AB")]
    [InlineData("123 45", "SE", "123 45")]
    [InlineData("sw1a 1aa", "GB", "SW1A 1AA")]
    [InlineData("10115", "DE", "10115")]
    [InlineData("k1a 0b1", "CA", "K1A 0B1")]
    [InlineData("1234-567", "PT", "1234-567")]
    [InlineData("12", "XX", "12")]
    [InlineData("1234567890", "US", "1234567890")]
    public void Foreign_postal_code_is_looser_and_upper_cased(string input, string country, string expected)
    {
        var result = PostalCode.Parse(input, country);

        result.IsValid.Should().BeTrue(result.Error);
        result.Value!.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("12345678901")]
    [InlineData("123_45")]
    [InlineData("123/45")]
    [InlineData("ÅÄÖ12")]
    public void Foreign_postal_code_outside_the_loose_shape_is_rejected(string input)
    {
        var result = PostalCode.Parse(input, "SE");

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("2 to 10");
    }

    [Theory]
    [InlineData(null, "FI")]
    [InlineData("", "FI")]
    [InlineData("   ", "SE")]
    public void Empty_postal_code_is_rejected(string? input, string country)
    {
        var result = PostalCode.Parse(input, country);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("empty");
    }

    [Fact]
    public void Postal_codes_with_the_same_value_are_equal()
    {
        PostalCode.Parse("00100", "FI").Value.Should().Be(PostalCode.Parse(" 00100", "FI").Value);
        PostalCode.Parse("sw1a 1aa", "GB").Value.Should().Be(PostalCode.Parse("SW1A 1AA", "GB").Value);
    }
}
