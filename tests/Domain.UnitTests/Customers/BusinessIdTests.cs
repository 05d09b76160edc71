using HsWorks.Domain.Customers;

namespace HsWorks.Domain.UnitTests.Customers;

public class BusinessIdTests
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    [Theory]
    [InlineData("2168645-1")] // HS-Works Oy
    [InlineData("1234567-1")] // remainder 10 gives check digit 1
    [InlineData("1572860-0")] // remainder 0 gives check digit 0
    [InlineData("0112038-9")]
    [InlineData("1000000-4")]
    [InlineData("0000001-9")]
    [InlineData("0000002-7")]
    public void Valid_business_id_is_accepted(string input)
    {
        var result = BusinessId.Parse(input);

        result.IsValid.Should().BeTrue(result.Error);
        result.Value!.Value.Should().Be(input);
        result.Value.ToString().Should().Be(input);
    }

    [Fact]
    public void HS_Works_business_id_is_valid()
    {
        BusinessId.Parse("2168645-1").Value!.Value.Should().Be("2168645-1");
    }

    [Theory]
    [InlineData("2168645-0")]
    [InlineData("2168645-2")]
    [InlineData("2168645-9")]
    [InlineData("1572860-1")]
    [InlineData("2186645-1")] // transposed digits
    public void Business_id_with_wrong_check_digit_is_rejected(string input)
    {
        var result = BusinessId.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Error.Should().Contain("check digit does not match");
    }

    [Theory]
    [InlineData("737546-2", "0737546-2")]
    [InlineData("100000-2", "0100000-2")]
    [InlineData("112038-9", "0112038-9")]
    public void Old_six_digit_business_id_is_padded_with_a_leading_zero(string input, string expected)
    {
        var result = BusinessId.Parse(input);

        result.IsValid.Should().BeTrue(result.Error);
        result.Value!.Value.Should().Be(expected);
    }

    [Fact]
    public void Old_six_digit_business_id_equals_its_padded_form()
    {
        BusinessId.Parse("737546-2").Value.Should().Be(BusinessId.Parse("0737546-2").Value);
    }

    [Fact]
    public void Old_six_digit_business_id_with_wrong_check_digit_is_rejected()
    {
        BusinessId.Parse("737546-3").IsValid.Should().BeFalse();
    }

    [Theory]
    [InlineData("0000006")]
    [InlineData("0000014")]
    [InlineData("0100007")]
    [InlineData("1111111")]
    public void Body_whose_remainder_is_1_cannot_exist_whatever_the_check_digit(string body)
    {
        Remainder(body).Should().Be(1, "the example must have remainder 1");

        for (var check = 0; check <= 9; check++)
        {
            var result = BusinessId.Parse($"{body}-{check}");

            result.IsValid.Should().BeFalse();
            result.Error.Should().Contain("cannot exist");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("21686451")]
    [InlineData("2168645-")]
    [InlineData("2168645-11")]
    [InlineData("-1")]
    [InlineData("21686-4")]
    [InlineData("21686450-1")]
    [InlineData("2168a45-1")]
    [InlineData("2168645-X")]
    [InlineData("2168645 1")]
    [InlineData("2168645--1")]
    [InlineData("2168645 - 1")]
    [InlineData("FI21686451")]
    public void Malformed_business_id_is_rejected(string? input)
    {
        var result = BusinessId.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Surrounding_whitespace_is_ignored()
    {
        BusinessId.Parse("  2168645-1 ").Value!.Value.Should().Be("2168645-1");
    }

    [Theory]
    [InlineData(2168645, "2168645-1")]
    [InlineData(1572860, "1572860-0")]
    [InlineData(737546, "0737546-2")]
    [InlineData(1, "0000001-9")]
    [InlineData(0, "0000000-0")]
    [InlineData(9_999_999, "9999999-2")]
    public void FromBody_builds_the_id_with_its_check_digit(int body, string expected)
    {
        var id = BusinessId.FromBody(body);

        id.Should().NotBeNull();
        id!.Value.Should().Be(expected);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(14)]
    [InlineData(1111111)]
    [InlineData(1000008)]
    public void FromBody_returns_null_when_no_check_digit_exists(int body)
    {
        BusinessId.FromBody(body).Should().BeNull();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_000_000)]
    [InlineData(int.MaxValue)]
    public void FromBody_outside_seven_digits_throws(int body)
    {
        var act = () => BusinessId.FromBody(body);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void FromBody_agrees_with_Parse_for_a_range_of_bodies()
    {
        var built = 0;
        for (var body = 2_168_600; body < 2_168_700; body++)
        {
            var id = BusinessId.FromBody(body);
            var remainder = Remainder(body.ToString("0000000"));
            if (remainder == 1)
            {
                id.Should().BeNull();
                continue;
            }

            id.Should().NotBeNull();
            var parsed = BusinessId.Parse(id!.Value);
            parsed.IsValid.Should().BeTrue(parsed.Error);
            parsed.Value.Should().Be(id);
            id.Value[^1].Should().Be((char)('0' + (remainder == 0 ? 0 : 11 - remainder)));
            built++;
        }

        built.Should().BeInRange(85, 95, "about one body in eleven has no check digit");
    }

    private static int Remainder(string body) => body.Select((c, i) => (c - '0') * Weights[i]).Sum() % 11;
}
