using HsWorks.Domain.Persons;

namespace HsWorks.Domain.UnitTests.Persons;

public class CountryCodeTests
{
    [Theory]
    [InlineData("FI", "FI")]
    [InlineData("fi", "FI")]
    [InlineData(" se ", "SE")]
    [InlineData("AX", "AX")]
    [InlineData("Ee", "EE")]
    [InlineData("US", "US")]
    [InlineData("GB", "GB")]
    [InlineData("ZW", "ZW")]
    [InlineData("AD", "AD")]
    public void Known_country_code_is_accepted_and_upper_cased(string input, string expected)
    {
        var result = CountryCode.Parse(input);

        result.IsValid.Should().BeTrue(result.Error);
        result.Value!.Value.Should().Be(expected);
        result.Value.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("F")]
    [InlineData("FIN")]
    [InlineData("XX")]
    [InlineData("UK")] // the ISO code is GB
    [InlineData("EU")]
    [InlineData("F1")]
    [InlineData("F I")]
    [InlineData("Finland")]
    public void Unknown_country_code_is_rejected(string? input)
    {
        var result = CountryCode.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Error.Should().Contain("ISO 3166");
    }

    [Fact]
    public void Finland_constant_equals_parsed_FI()
    {
        CountryCode.Finland.Value.Should().Be("FI");
        CountryCode.Parse("fi").Value.Should().Be(CountryCode.Finland);
        CountryCode.Parse("SE").Value.Should().NotBe(CountryCode.Finland);
    }

    [Fact]
    public void All_Nordic_and_Baltic_countries_are_known()
    {
        foreach (var code in new[] { "FI", "SE", "NO", "DK", "IS", "AX", "FO", "GL", "EE", "LV", "LT" })
            CountryCode.Parse(code).IsValid.Should().BeTrue($"{code} is an ISO 3166-1 code");
    }

    [Theory]
    [InlineData("SS")] // South Sudan, 2011
    [InlineData("BQ")] // Bonaire, Sint Eustatius and Saba, 2010
    [InlineData("CW")]
    [InlineData("SX")]
    [InlineData("ME")]
    [InlineData("RS")]
    [InlineData("PS")]
    [InlineData("TL")]
    public void Recently_assigned_country_codes_are_known(string code)
    {
        CountryCode.Parse(code).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("XK")] // Kosovo: user-assigned, not in ISO 3166-1
    [InlineData("AN")] // Netherlands Antilles, withdrawn 2010
    [InlineData("YU")] // Yugoslavia, withdrawn
    [InlineData("CS")] // Serbia and Montenegro, withdrawn
    public void Withdrawn_or_unofficial_country_codes_are_rejected(string code)
    {
        CountryCode.Parse(code).IsValid.Should().BeFalse();
    }
}
