using HsWorks.Domain.Persons;

namespace HsWorks.Domain.UnitTests.Persons;

public class EmailTests
{
    [Theory]
    [InlineData("matti.meikalainen@example.fi", "matti.meikalainen@example.fi")]
    [InlineData("Matti.Meikalainen@Example.FI", "matti.meikalainen@example.fi")]
    [InlineData("  info@hs-works.fi  ", "info@hs-works.fi")]
    [InlineData("first+tag@sub.domain.example.com", "first+tag@sub.domain.example.com")]
    [InlineData("a@b.co", "a@b.co")]
    [InlineData("o'brien@example.ie", "o'brien@example.ie")]
    [InlineData("käyttäjä@esimerkki.fi", "käyttäjä@esimerkki.fi")]
    [InlineData("user@äänekoski.fi", "user@äänekoski.fi")]
    [InlineData("user_name-1@mail-server.example.org", "user_name-1@mail-server.example.org")]
    public void Valid_address_is_stored_trimmed_and_in_lower_case(string input, string expected)
    {
        var result = Email.Parse(input);

        result.IsValid.Should().BeTrue(result.Error);
        result.Value!.Value.Should().Be(expected);
        result.Value.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_address_is_rejected(string? input)
    {
        var result = Email.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("empty");
    }

    [Theory]
    [InlineData("plainaddress")]
    [InlineData("@example.fi")]
    [InlineData("matti@")]
    [InlineData("matti@example")]
    [InlineData("matti@@example.fi")]
    [InlineData("matti@exa@mple.fi")]
    [InlineData("matti meikalainen@example.fi")]
    [InlineData("matti@exam ple.fi")]
    [InlineData("matti@.example.fi")]
    [InlineData("matti@example..fi")]
    [InlineData("matti@example.fi.")]
    [InlineData("matti@-example.fi")]
    [InlineData("matti@example-.fi")]
    [InlineData("matti@example.f")]
    [InlineData("matti@example.f1")]
    [InlineData("matti@example_domain.fi")]
    [InlineData("matti@[192.168.0.1]")]
    public void Malformed_address_is_rejected(string input)
    {
        var result = Email.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Error.Should().Be("E-mail address is not valid.");
    }

    [Fact]
    public void Local_part_of_64_characters_is_accepted_but_65_is_not()
    {
        Email.Parse(new string('a', 64) + "@example.fi").IsValid.Should().BeTrue();
        Email.Parse(new string('a', 65) + "@example.fi").IsValid.Should().BeFalse();
    }

    [Fact]
    public void Domain_label_of_63_characters_is_accepted_but_64_is_not()
    {
        Email.Parse("a@" + new string('b', 63) + ".fi").IsValid.Should().BeTrue();
        Email.Parse("a@" + new string('b', 64) + ".fi").IsValid.Should().BeFalse();
    }

    [Fact]
    public void Address_of_254_characters_is_accepted()
    {
        var address = LongAddress(254);

        address.Length.Should().Be(254);
        Email.Parse(address).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Address_longer_than_254_characters_is_rejected()
    {
        var address = LongAddress(255);

        address.Length.Should().Be(255);
        var result = Email.Parse(address);
        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("254");
    }

    [Fact]
    public void Addresses_differing_only_in_case_are_equal()
    {
        Email.Parse("Info@HS-Works.fi").Value.Should().Be(Email.Parse("info@hs-works.fi").Value);
        Email.Parse("info@hs-works.fi").Value.Should().NotBe(Email.Parse("sales@hs-works.fi").Value);
    }

    // 64-character local part, "@", then labels of 63 characters and a ".fi" top-level domain.
    private static string LongAddress(int length)
    {
        var local = new string('a', 64);
        var lastLabel = length - local.Length - 1 - 64 - 64 - 3;
        return $"{local}@{new string('x', 63)}.{new string('y', 63)}.{new string('z', lastLabel)}.fi";
    }
}
