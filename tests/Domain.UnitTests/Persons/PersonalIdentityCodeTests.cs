using HsWorks.Domain.Common;
using HsWorks.Domain.Persons;

namespace HsWorks.Domain.UnitTests.Persons;

public class PersonalIdentityCodeTests
{
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    // Each example was checked by hand: DDMMYYZZZ mod 31 indexes "0123456789ABCDEFHJKLMNPRSTUVWXY".
    [Theory]
    [InlineData("131052-308T", 1952, 10, 13)]
    [InlineData("010594Y9032", 1994, 5, 1)]
    [InlineData("010594Y9021", 1994, 5, 1)]
    [InlineData("020594X903P", 1994, 5, 2)]
    [InlineData("020594X902N", 1994, 5, 2)]
    [InlineData("030594W903B", 1994, 5, 3)]
    [InlineData("030694W9024", 1994, 6, 3)]
    [InlineData("040594V9030", 1994, 5, 4)]
    [InlineData("040594V902Y", 1994, 5, 4)]
    [InlineData("050594U903M", 1994, 5, 5)]
    [InlineData("050594U902L", 1994, 5, 5)]
    [InlineData("010516B903X", 2016, 5, 1)]
    [InlineData("010516B902W", 2016, 5, 1)]
    [InlineData("020516C903K", 2016, 5, 2)]
    [InlineData("020516C902J", 2016, 5, 2)]
    [InlineData("030516D9037", 2016, 5, 3)]
    [InlineData("030516D9026", 2016, 5, 3)]
    [InlineData("010501E9032", 2001, 5, 1)]
    [InlineData("020502E902X", 2002, 5, 2)]
    [InlineData("020503F9037", 2003, 5, 2)]
    [InlineData("020504A902E", 2004, 5, 2)]
    [InlineData("020504B904H", 2004, 5, 2)]
    public void Valid_identity_code_parses_with_its_birth_date(string input, int year, int month, int day)
    {
        var result = PersonalIdentityCode.Parse(input);

        result.IsValid.Should().BeTrue(result.Error);
        result.Error.Should().BeNull();
        result.Value!.Value.Should().Be(input);
        result.Value.BirthDate.Should().Be(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData("010594-9032", 1994)]
    [InlineData("010594Y9032", 1994)]
    [InlineData("010594X9032", 1994)]
    [InlineData("010594W9032", 1994)]
    [InlineData("010594V9032", 1994)]
    [InlineData("010594U9032", 1994)]
    [InlineData("010594A9032", 2094)]
    [InlineData("010594B9032", 2094)]
    [InlineData("010594C9032", 2094)]
    [InlineData("010594D9032", 2094)]
    [InlineData("010594E9032", 2094)]
    [InlineData("010594F9032", 2094)]
    [InlineData("010594+9032", 1894)]
    public void Century_sign_decides_the_century_of_the_birth_year(string input, int expectedYear)
    {
        var result = PersonalIdentityCode.Parse(input);

        result.IsValid.Should().BeTrue(result.Error);
        result.Value!.BirthDate.Year.Should().Be(expectedYear);
    }

    [Theory]
    [InlineData("010594G9032")]
    [InlineData("010594Z9032")]
    [InlineData("010594*9032")]
    [InlineData("01059409032")]
    [InlineData("010594 9032")]
    public void Unknown_century_sign_is_rejected(string input)
    {
        var result = PersonalIdentityCode.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Value.Should().BeNull();
        result.Error.Should().Contain("century sign");
    }

    [Theory]
    [InlineData("131052-308A")]
    [InlineData("131052-308S")]
    [InlineData("131052-308U")]
    [InlineData("131052-3080")]
    [InlineData("010594Y9033")]
    [InlineData("020504B904J")]
    public void Identity_code_with_wrong_check_character_is_rejected(string input)
    {
        var result = PersonalIdentityCode.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("check character");
    }

    [Theory]
    [InlineData('G')]
    [InlineData('I')]
    [InlineData('O')]
    [InlineData('Q')]
    [InlineData('Z')]
    public void Letters_never_used_as_check_character_are_rejected(char check)
    {
        var result = PersonalIdentityCode.Parse("131052-308" + check);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("check character");
    }

    [Theory]
    [InlineData("300223A123V")] // 30 February
    [InlineData("290223A1237")] // 29 February 2023, not a leap year
    [InlineData("290200-1239")] // 29 February 1900, not a leap year
    [InlineData("290200+1239")] // 29 February 1800, not a leap year
    [InlineData("310494-1238")] // 31 April
    [InlineData("011300-123E")] // month 13
    [InlineData("010000-123L")] // month 0
    [InlineData("000100-123S")] // day 0
    [InlineData("320194-123N")] // day 32
    public void Identity_code_with_impossible_date_is_rejected(string input)
    {
        var result = PersonalIdentityCode.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("impossible date");
    }

    [Theory]
    [InlineData("290224A123F", 2024)]
    [InlineData("290200A1239", 2000)]
    public void Leap_day_of_a_leap_year_is_accepted(string input, int year)
    {
        var result = PersonalIdentityCode.Parse(input);

        result.IsValid.Should().BeTrue(result.Error);
        result.Value!.BirthDate.Should().Be(new DateOnly(year, 2, 29));
    }

    [Theory]
    [InlineData("131052-000V")]
    [InlineData("131052-001W")]
    public void Individual_numbers_000_and_001_are_rejected(string input)
    {
        var result = PersonalIdentityCode.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("individual number");
    }

    [Theory]
    [InlineData("131052-002X")]
    [InlineData("131052-900W")] // 900–999 are temporary identity codes
    [InlineData("131052-9993")]
    public void Individual_numbers_from_002_up_are_accepted(string input)
    {
        PersonalIdentityCode.Parse(input).IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData("13105A-308T")]
    [InlineData("1310S2-308T")]
    [InlineData("131052-3O8T")]
    [InlineData("131052-30AT")]
    public void Letters_where_digits_belong_are_rejected(string input)
    {
        var result = PersonalIdentityCode.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("letters where digits belong");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("131052-308")]
    [InlineData("131052-308TT")]
    [InlineData("131052308T")]
    public void Identity_code_of_wrong_length_is_rejected(string? input)
    {
        var result = PersonalIdentityCode.Parse(input);

        result.IsValid.Should().BeFalse();
        result.Error.Should().Contain("11 characters");
    }

    [Theory]
    [InlineData("  131052-308T  ")]
    [InlineData("131052-308t")]
    [InlineData("010516b903x")]
    public void Input_is_trimmed_and_upper_cased(string input)
    {
        var result = PersonalIdentityCode.Parse(input);

        result.IsValid.Should().BeTrue(result.Error);
        result.Value!.Value.Should().Be(input.Trim().ToUpperInvariant());
    }

    [Fact]
    public void Masked_shows_only_date_of_birth_and_century_sign()
    {
        var code = PersonalIdentityCode.Parse("131052-308T").ValueOrThrow();

        code.Masked.Should().Be("131052-****");
    }

    [Theory]
    [InlineData("010594Y9032", "010594Y****")]
    [InlineData("020504B904H", "020504B****")]
    public void Masked_keeps_the_new_century_signs(string input, string masked)
    {
        PersonalIdentityCode.Parse(input).ValueOrThrow().Masked.Should().Be(masked);
    }

    [Fact]
    public void ToString_never_reveals_the_whole_code()
    {
        var code = PersonalIdentityCode.Parse("131052-308T").ValueOrThrow();

        code.ToString().Should().Be("131052-****");
        $"{code}".Should().NotContain("308T");
    }

    [Fact]
    public void Codes_with_the_same_value_are_equal()
    {
        var a = PersonalIdentityCode.Parse("131052-308T").ValueOrThrow();
        var b = PersonalIdentityCode.Parse(" 131052-308t ").ValueOrThrow();
        var c = PersonalIdentityCode.Parse("010594Y9032").ValueOrThrow();

        a.Should().Be(b);
        (a == b).Should().BeTrue();
        a.Should().NotBe(c);
    }

    [Fact]
    public void Different_century_signs_of_the_same_century_are_different_codes()
    {
        var dash = PersonalIdentityCode.Parse("010594-9032").ValueOrThrow();
        var y = PersonalIdentityCode.Parse("010594Y9032").ValueOrThrow();

        dash.BirthDate.Should().Be(y.BirthDate);
        dash.Should().NotBe(y);
    }

    [Fact]
    public void ValueOrThrow_on_invalid_code_throws_with_the_field()
    {
        var act = () => PersonalIdentityCode.Parse("131052-308A").ValueOrThrow("personalIdentityCode");

        act.Should().Throw<DomainRuleException>()
            .Which.Field.Should().Be("personalIdentityCode");
    }

    [Theory]
    [InlineData(1952, 10, 13, 308, "131052-308T")]
    [InlineData(1994, 5, 1, 903, "010594-9032")]
    [InlineData(2016, 5, 1, 903, "010516A903X")]
    [InlineData(1899, 12, 31, 2, "311299+0029")]
    [InlineData(2000, 2, 29, 123, "290200A1239")]
    public void Generate_builds_the_expected_code(int year, int month, int day, int individual, string expected)
    {
        var code = PersonalIdentityCode.Generate(new DateOnly(year, month, day), individual);

        code.Value.Should().Be(expected);
        code.BirthDate.Should().Be(new DateOnly(year, month, day));
    }

    [Theory]
    [InlineData(1800, 1, 1, 2)]
    [InlineData(1899, 12, 31, 899)]
    [InlineData(1900, 1, 1, 2)]
    [InlineData(1952, 10, 13, 308)]
    [InlineData(1999, 12, 31, 999)]
    [InlineData(2000, 1, 1, 500)]
    [InlineData(2024, 2, 29, 42)]
    [InlineData(2099, 12, 31, 898)]
    public void Generate_round_trips_through_Parse(int year, int month, int day, int individual)
    {
        var birthDate = new DateOnly(year, month, day);

        var generated = PersonalIdentityCode.Generate(birthDate, individual);
        var parsed = PersonalIdentityCode.Parse(generated.Value);

        parsed.IsValid.Should().BeTrue(parsed.Error);
        parsed.Value.Should().Be(generated);
        parsed.Value!.BirthDate.Should().Be(birthDate);
        int.Parse(generated.Value[7..10]).Should().Be(individual);
    }

    [Fact]
    public void Generate_round_trips_for_every_day_of_a_leap_year()
    {
        for (var date = new DateOnly(2024, 1, 1); date.Year == 2024; date = date.AddDays(1))
        {
            var individual = 2 + date.DayOfYear;
            var generated = PersonalIdentityCode.Generate(date, individual);
            var expectedCheck = CheckCharacters[(int)(long.Parse($"{date:ddMMyy}{individual:000}") % 31)];

            generated.Value[10].Should().Be(expectedCheck);
            PersonalIdentityCode.Parse(generated.Value).Value!.BirthDate.Should().Be(date);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    public void Generate_with_an_impossible_individual_number_throws(int individual)
    {
        var act = () => PersonalIdentityCode.Generate(new DateOnly(1990, 1, 1), individual);

        act.Should().Throw<DomainRuleException>();
    }

    [Theory]
    [InlineData(1799)]
    [InlineData(2100)]
    public void Generate_outside_the_centuries_with_a_sign_throws(int year)
    {
        var act = () => PersonalIdentityCode.Generate(new DateOnly(year, 6, 15), 123);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
