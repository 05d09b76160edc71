using HsWorks.Domain.Consents;

namespace HsWorks.Domain.UnitTests.Consents;

public sealed class RegisterFileLayoutTests
{
    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_case()
    {
        var (layout, problem) = RegisterFileLayout.FromHeader(["POSTALCODE", " email ", "lastName", "\uFEFFfirstname", "Street"]);

        problem.Should().BeNull();
        layout!.IndexOf(RegisterColumn.Email).Should().Be(1);
        layout.IndexOf(RegisterColumn.FirstName).Should().Be(3);
        layout.IndexOf(RegisterColumn.Phone).Should().BeNull();
        layout.ColumnCount.Should().Be(5);
    }

    [Theory]
    [InlineData(new[] { "email", "fax" }, "Unknown column \"fax\"")]
    [InlineData(new[] { "email", "1" }, "Unknown column \"1\"")]
    [InlineData(new[] { "phone", "Phone" }, "named twice")]
    [InlineData(new[] { "lastName", "street", "postalCode" }, "to identify anyone")]
    public void A_header_that_cannot_identify_anyone_or_is_unclear_is_refused(string[] names, string message) =>
        RegisterFileLayout.FromHeader(names).Problem.Should().Contain(message);

    [Theory]
    [InlineData("email")]
    [InlineData("phone")]
    [InlineData("firstName,lastName,street,postalCode")]
    public void Any_identifying_set_of_columns_is_enough(string names) => RegisterFileLayout.FromHeader(names.Split(',')).Layout.Should().NotBeNull();

    [Theory]
    [InlineData(new[] { "a@example.fi", "040 123 4567" }, null)]
    [InlineData(new[] { "a@example.fi" }, "1 values where the header has 2 columns.")]
    [InlineData(new[] { "", "" }, "The line has no values.")]
    [InlineData(new[] { "a@example.fi", "040\t123" }, "phone contains a line break or a control character.")]
    public void Each_line_is_checked(string[] values, string? problem)
    {
        var layout = RegisterFileLayout.FromHeader(["email", "phone"]).Layout!;
        layout.Check(values).Should().Be(problem);
    }

    [Fact]
    public void A_value_over_the_limit_is_refused() =>
        RegisterFileLayout.FromHeader(["email"]).Layout!.Check([new string('a', RegisterFileLayout.MaxValueLength + 1)]).Should().Contain("longer than");
}
