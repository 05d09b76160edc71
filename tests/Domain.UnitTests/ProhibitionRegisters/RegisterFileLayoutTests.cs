using HsWorks.Domain.ProhibitionRegisters;


namespace HsWorks.Domain.UnitTests.ProhibitionRegisters;

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
    [InlineData(new[] { "email", "fax" }, "importUnknownColumn", "fax")]
    [InlineData(new[] { "email", "1" }, "importUnknownColumn", "1")]
    [InlineData(new[] { "phone", "Phone" }, "importColumnTwice", "phone")]
    [InlineData(new[] { "lastName", "street", "postalCode" }, "importNotIdentifying", null)]
    public void A_header_that_cannot_identify_anyone_or_is_unclear_is_refused(string[] names, string code, string? firstArgument)
    {
        var problem = RegisterFileLayout.FromHeader(names).Problem!;
        problem.Code.Should().Be(code);
        problem.Args.FirstOrDefault().Should().Be(firstArgument);
    }

    [Theory]
    [InlineData("email")]
    [InlineData("phone")]
    [InlineData("firstName,lastName,street,postalCode")]
    public void Any_identifying_set_of_columns_is_enough(string names) => RegisterFileLayout.FromHeader(names.Split(',')).Layout.Should().NotBeNull();

    [Theory]
    [InlineData(new[] { "a@example.fi", "040 123 4567" }, null, "")]
    [InlineData(new[] { "a@example.fi" }, "importValueCount", "1,2")]
    [InlineData(new[] { "", "" }, "importNoValues", "")]
    [InlineData(new[] { "a@example.fi", "040\t123" }, "importControlCharacter", "phone")]
    public void Each_line_is_checked(string[] values, string? code, string args)
    {
        var problem = RegisterFileLayout.FromHeader(["email", "phone"]).Layout!.Check(values);
        problem?.Code.Should().Be(code);
        if (code is null) problem.Should().BeNull();
        else string.Join(",", problem!.Args).Should().Be(args);
    }

    [Fact]
    public void A_value_over_the_limit_is_refused() =>
        RegisterFileLayout.FromHeader(["email"]).Layout!.Check([new string('a', RegisterFileLayout.MaxValueLength + 1)])
            .Should().BeEquivalentTo(new ImportProblem("importTooLong", "email", "200"));
}
