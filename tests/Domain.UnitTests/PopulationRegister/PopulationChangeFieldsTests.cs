using HsWorks.Domain.Persons;
using HsWorks.Domain.PopulationRegister;

namespace HsWorks.Domain.UnitTests.PopulationRegister;

public sealed class PopulationChangeFieldsTests
{
    private const string Code = "131052-308T";

    private static (PopulationChange? Change, string? Problem) Read(params (string Name, string? Value)[] fields)
    {
        var (change, problem) = PopulationChangeFields.Read(fields.ToDictionary(f => f.Name, f => f.Value));
        return (change, problem?.Code);
    }

    [Fact]
    public void A_name_change_is_read_with_its_date()
    {
        var (change, problem) = Read(("henkilotunnus", Code), ("ryhma", "HENKILON_NIMI"), ("muutospaiva", "2026-11-20"), ("etunimet", " Maija Liisa "),
            ("sukunimi", "Virtanen"));

        problem.Should().BeNull();
        change.Should().Match<PopulationChange>(c => c.Group == PopulationChangeGroup.PersonName && c.ChangeDate == new DateOnly(2026, 11, 20)
            && c.FirstNames == "Maija Liisa" && c.LastName == "Virtanen" && c.IdentityCode.Value == Code);
    }

    [Fact]
    public void An_address_withheld_under_a_marking_has_no_values_and_is_valid_but_not_with_values_beside_it()
    {
        Read(("henkilotunnus", Code), ("ryhma", "VAKINAINEN_KOTIMAINEN_OSOITE"), ("muutospaiva", "2026-11-01"),
                ("turvakiellonAlaisetKentat", "katuosoite,postinumero,postitoimipaikka"))
            .Change!.AddressWithheld.Should().BeTrue();
        Read(("henkilotunnus", Code), ("ryhma", "VAKINAINEN_KOTIMAINEN_OSOITE"), ("muutospaiva", "2026-11-01"),
                ("turvakiellonAlaisetKentat", "katuosoite"), ("katuosoite", "Tie 1"))
            .Problem.Should().Be("populationWithheldWithValues");
    }

    [Fact]
    public void A_marking_keeps_its_end_date_for_information()
    {
        var change = Read(("henkilotunnus", Code), ("ryhma", "TURVAKIELTO"), ("muutospaiva", "2021-01-01"), ("turvakieltoAktiivinen", "true"),
            ("turvaLoppuPv", "2026-01-01")).Change!;

        (change.NonDisclosureActive, change.NonDisclosureEndsOn).Should().Be((true, new DateOnly(2026, 1, 1)));
    }

    [Theory]
    [InlineData("henkilotunnus", "131052-308U", "populationBadIdentityCode")]
    [InlineData("muutospaiva", "2026-02-30", "populationBadDate")]
    [InlineData("muutospaiva", "20.11.2026", "populationBadDate")]
    [InlineData("ryhma", "LEMMIKKI", "populationUnknownGroup")]
    [InlineData("kengannumero", "42", "populationUnknownField")]
    public void A_bad_value_names_its_problem(string field, string value, string code)
    {
        var fields = new Dictionary<string, string?>
        {
            ["henkilotunnus"] = Code, ["ryhma"] = "KUOLINPAIVA", ["muutospaiva"] = "2026-11-28", ["kuolinpaiva"] = "2026-11-27",
        };
        fields[field] = value;

        PopulationChangeFields.Read(fields).Problem!.Code.Should().Be(code);
    }

    [Fact]
    public void A_correction_names_the_old_code_and_a_different_new_one_with_any_century_sign()
    {
        var corrected = "131052Y308T";
        var change = Read(("henkilotunnus", Code), ("ryhma", "HENKILOTUNNUS_KORJAUS"), ("muutospaiva", "2026-11-02"), ("vanhaHenkilotunnus", Code),
            ("uusiHenkilotunnus", corrected)).Change!;

        change.NewIdentityCode!.Value.Should().Be(corrected);
        change.NewIdentityCode.Should().NotBe(change.IdentityCode, "two codes differing only by the century sign are two people");
        Read(("henkilotunnus", Code), ("ryhma", "HENKILOTUNNUS_KORJAUS"), ("muutospaiva", "2026-11-02"), ("vanhaHenkilotunnus", corrected),
            ("uusiHenkilotunnus", Code)).Problem.Should().Be("populationOldCodeDiffers");
    }
}
