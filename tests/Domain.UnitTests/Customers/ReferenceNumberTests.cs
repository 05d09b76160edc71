using HsWorks.Domain.Customers;

namespace HsWorks.Domain.UnitTests.Customers;

public sealed class ReferenceNumberTests
{
    [Theory]
    [InlineData("1232")]
    [InlineData("12344")]
    [InlineData("1234561")]
    [InlineData("12345 67890 7")]
    public void Valid_reference_numbers_are_accepted(string input) =>
        ReferenceNumber.Parse(input).IsValid.Should().BeTrue();

    [Theory]
    [InlineData("1233", "check digit")]
    [InlineData("1234562", "check digit")]
    [InlineData("123", "4 to 20 digits")]
    [InlineData("123456789012345678901", "4 to 20 digits")]
    [InlineData("12A2", "4 to 20 digits")]
    [InlineData("0123", "start with 0")]
    public void Invalid_reference_numbers_are_rejected_with_the_reason(string input, string reason) =>
        ReferenceNumber.Parse(input).Error.Should().Contain(reason);

    [Theory]
    [InlineData(123L, "1232")]
    [InlineData(1234L, "12344")]
    [InlineData(123456L, "1234561")]
    public void The_check_digit_is_computed_with_weights_7_3_1_from_the_right(long baseNumber, string expected) =>
        ReferenceNumber.For(baseNumber).Value.Should().Be(expected);

    [Fact]
    public void Generated_numbers_always_validate()
    {
        for (long n = 100; n < 20000; n += 7) ReferenceNumber.Parse(ReferenceNumber.For(n).Value).IsValid.Should().BeTrue();
    }

    [Fact]
    public void The_printed_form_groups_five_digits_from_the_right() =>
        ReferenceNumber.For(1234567890L).Display.Should().Be("1 23456 78907");
}
