using HsWorks.Domain.Common;
using HsWorks.Domain.Persons;

namespace HsWorks.Domain.UnitTests.Persons;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("040 123 4567", "+358401234567")]
    [InlineData("040-1234567", "+358401234567")]
    [InlineData("0401234567", "+358401234567")]
    [InlineData("+358 40 123 4567", "+358401234567")]
    [InlineData("+358401234567", "+358401234567")]
    [InlineData("00358401234567", "+358401234567")]
    [InlineData("00358 40 123 4567", "+358401234567")]
    [InlineData("(09) 123 4567", "+35891234567")]
    [InlineData("09-123 4567", "+35891234567")]
    [InlineData("09/123 4567", "+35891234567")]
    [InlineData("09.123.4567", "+35891234567")]
    [InlineData("050 1234 567", "+358501234567")]
    [InlineData("  040 123 4567  ", "+358401234567")]
    public void Finnish_number_is_normalised_to_E164(string input, string expected)
    {
        var result = PhoneNumber.Parse(input);

        result.IsValid.Should().BeTrue(result.Error);
        result.Value!.E164.Should().Be(expected);
        result.Value.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("+46 8 123 456 78", "+46812345678")]
    [InlineData("0046 8 123 456 78", "+46812345678")]
    [InlineData("+1 (212) 555-0100", "+12125550100")]
    [InlineData("+49 30 1234567", "+49301234567")]
    [InlineData("+372 5123 4567", "+37251234567")]
    public void Foreign_number_with_country_code_is_normalised_to_E164(string input, string expected)
    {
        var result = PhoneNumber.Parse(input);

        result.IsValid.Should().BeTrue(result.Error);
        result.Value!.E164.Should().Be(expected);
    }

    [Theory]
    [InlineData("040 ABC 4567")]
    [InlineData("040 123 4567 ext 12")]
    [InlineData("phone")]
    [InlineData("040#1234567")]
    [InlineData("040*1234567")]
    [InlineData("０４０1234567")] // full-width digits
    public void Number_with_letters_or_other_symbols_is_rejected(string input)
    {
        var result = PhoneNumber.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("only digits");
    }

    [Theory]
    [InlineData("123")]
    [InlineData("401234567")]
    [InlineData("358401234567")]
    public void Number_without_leading_zero_or_plus_is_rejected(string input)
    {
        var result = PhoneNumber.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("must start with 0");
    }

    [Theory]
    [InlineData("+358 040 123 4567")]
    [InlineData("+3580401234567")]
    [InlineData("00358 040 123 4567")]
    public void Extra_zero_after_Finnish_country_code_is_rejected(string input)
    {
        var result = PhoneNumber.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("extra 0");
    }

    [Theory]
    [InlineData("040 +123 4567")]
    [InlineData("0401234567+")]
    [InlineData("(+358) 40 123 4567")]
    [InlineData("++358401234567")]
    [InlineData("+ +358401234567")]
    public void Plus_anywhere_but_the_start_is_rejected(string input)
    {
        var result = PhoneNumber.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("+ may only start");
    }

    [Theory]
    [InlineData("+040 123 4567")]
    [InlineData("+0 123 456 789")]
    [InlineData("000 46 8 123 456 78")]
    public void Country_code_starting_with_zero_is_rejected(string input)
    {
        var result = PhoneNumber.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("country code");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("0401")]
    [InlineData("+358")]
    [InlineData("+358 4012")]
    [InlineData("040 1234 5678 901")]
    public void Finnish_number_of_wrong_length_is_rejected(string input)
    {
        var result = PhoneNumber.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("Finnish phone number must have");
    }

    [Theory]
    [InlineData("040 123")]
    [InlineData("040 1234 5678 90")]
    public void Finnish_number_at_the_length_limits_is_accepted(string input)
    {
        PhoneNumber.Parse(input).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("+")]
    [InlineData("00")]
    [InlineData("+46 123")]
    [InlineData("+46 1234 5678 9012 34")]
    public void Foreign_number_of_wrong_length_is_rejected(string input)
    {
        var result = PhoneNumber.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("7 to 15 digits");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Empty_number_is_rejected(string? input)
    {
        var result = PhoneNumber.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("empty");
    }

    [Theory]
    [InlineData("+358401234567", "040 123 4567")]
    [InlineData("+35891234567", "09 123 4567")]
    [InlineData("+358501234567", "050 123 4567")]
    [InlineData("+358451234567", "045 123 4567")]
    [InlineData("+358181234567", "018 123 4567")]
    [InlineData("+35821234567", "02 123 4567")]
    [InlineData("+3589123456", "09 123 456")]
    [InlineData("+35891234", "09 1234")]
    public void ToFinnishFormat_groups_a_Finnish_number(string e164, string expected)
    {
        PhoneNumber.FromE164(e164).ToFinnishFormat().Should().Be(expected);
    }

    [Theory]
    [InlineData("+46812345678")]
    [InlineData("+12125550100")]
    public void ToFinnishFormat_leaves_a_foreign_number_in_E164(string e164)
    {
        PhoneNumber.FromE164(e164).ToFinnishFormat().Should().Be(e164);
    }

    [Fact]
    public void Differently_written_forms_of_one_number_are_equal()
    {
        var forms = new[] { "040 123 4567", "040-1234567", "+358 40 123 4567", "00358401234567" }
            .Select(f => PhoneNumber.Parse(f).ValueOrThrow())
            .ToList();

        forms.Should().AllBeEquivalentTo(PhoneNumber.FromE164("+358401234567"));
        forms.Distinct().Should().ContainSingle();
    }

    [Fact]
    public void FromE164_with_invalid_value_throws()
    {
        var act = () => PhoneNumber.FromE164("+358 040 123 4567");

        act.Should().Throw<DomainRuleException>();
    }
}
