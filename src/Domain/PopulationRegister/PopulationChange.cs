using System.Globalization;
using HsWorks.Domain.Persons;
using HsWorks.Domain.ProhibitionRegisters;

namespace HsWorks.Domain.PopulationRegister;

/// <summary>A group of changes in a Population Register change file (docs/population-register.md), after DVV's change service.</summary>
public enum PopulationChangeGroup
{
    /// <summary>HENKILON_NIMI: given names and last name.</summary>
    PersonName,

    /// <summary>VAKINAINEN_KOTIMAINEN_OSOITE: the permanent address in Finland (withheld under a non-disclosure marking).</summary>
    PermanentAddress,

    /// <summary>TURVAKIELTO: the non-disclosure marking set or cleared.</summary>
    NonDisclosure,

    /// <summary>KUOLINPAIVA: the date of death.</summary>
    Death,

    /// <summary>HENKILOTUNNUS_KORJAUS: the identity code corrected.</summary>
    IdentityCodeCorrection,
}

/// <summary>
/// One change of one person read from a change file: the person's identity code (the code the register knew them by), the group,
/// the date the change took effect, and the group's values. Validated as a whole by <see cref="PopulationChangeFields.Read"/>.
/// </summary>
public sealed record PopulationChange(
    PersonalIdentityCode IdentityCode,
    PopulationChangeGroup Group,
    DateOnly ChangeDate,
    string? FirstNames = null,
    string? LastName = null,
    string? Street = null,
    PostalCode? PostalCode = null,
    string? City = null,
    bool AddressWithheld = false,
    bool? NonDisclosureActive = null,
    DateOnly? NonDisclosureEndsOn = null,
    DateOnly? DiedOn = null,
    PersonalIdentityCode? NewIdentityCode = null);

/// <summary>
/// The field names of the change file (DVV's, in Finnish) and the rules one change must keep. A change that breaks one makes the
/// whole file malformed: nothing of it is applied.
/// </summary>
public static class PopulationChangeFields
{
    public const int MaxValueLength = 200;

    public const string IdentityCode = "henkilotunnus";
    public const string Group = "ryhma";
    public const string ChangeDate = "muutospaiva";
    public const string FirstNames = "etunimet";
    public const string LastName = "sukunimi";
    public const string Street = "katuosoite";
    public const string PostalCode = "postinumero";
    public const string City = "postitoimipaikka";
    public const string AddressStarts = "alkupaiva";
    public const string Withheld = "turvakiellonAlaisetKentat";
    public const string NonDisclosureActive = "turvakieltoAktiivinen";
    public const string NonDisclosureEnds = "turvaLoppuPv";
    public const string DiedOn = "kuolinpaiva";
    public const string OldIdentityCode = "vanhaHenkilotunnus";
    public const string NewIdentityCode = "uusiHenkilotunnus";

    /// <summary>Every field a change may carry, in the CSV layout's column order.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        IdentityCode, Group, ChangeDate, FirstNames, LastName, Street, PostalCode, City, AddressStarts, Withheld, NonDisclosureActive,
        NonDisclosureEnds, DiedOn, OldIdentityCode, NewIdentityCode,
    ];

    /// <summary>The groups by their names in the file.</summary>
    public static readonly IReadOnlyDictionary<string, PopulationChangeGroup> Groups = new Dictionary<string, PopulationChangeGroup>(StringComparer.Ordinal)
    {
        ["HENKILON_NIMI"] = PopulationChangeGroup.PersonName,
        ["VAKINAINEN_KOTIMAINEN_OSOITE"] = PopulationChangeGroup.PermanentAddress,
        ["TURVAKIELTO"] = PopulationChangeGroup.NonDisclosure,
        ["KUOLINPAIVA"] = PopulationChangeGroup.Death,
        ["HENKILOTUNNUS_KORJAUS"] = PopulationChangeGroup.IdentityCodeCorrection,
    };

    /// <summary>
    /// Reads one change from its fields (absent and empty are the same); the problem says what is wrong. The address group may name
    /// its withheld fields (turvakiellonAlaisetKentat) and carry no values: then the stored address is kept and protected.
    /// </summary>
    public static (PopulationChange? Change, ImportProblem? Problem) Read(IReadOnlyDictionary<string, string?> fields)
    {
        foreach (var (name, value) in fields)
        {
            if (!All.Contains(name)) return (null, new ImportProblem("populationUnknownField", Truncate(name)));
            if (value is { Length: > MaxValueLength }) return (null, new ImportProblem("importTooLong", name, MaxValueLength.ToString(CultureInfo.InvariantCulture)));
            if (value is not null && value.Any(char.IsControl)) return (null, new ImportProblem("importControlCharacter", name));
        }
        string? Value(string name) => fields.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

        if (Value(IdentityCode) is not { } codeText) return (null, new ImportProblem("populationMissingField", IdentityCode));
        if (PersonalIdentityCode.Parse(codeText) is not { IsValid: true } code) return (null, new ImportProblem("populationBadIdentityCode", IdentityCode));
        if (Value(Group) is not { } groupText) return (null, new ImportProblem("populationMissingField", Group));
        if (!Groups.TryGetValue(groupText, out var group)) return (null, new ImportProblem("populationUnknownGroup", Truncate(groupText)));
        if (Date(Value(ChangeDate), ChangeDate) is { } badChange) return (null, badChange);
        var change = new PopulationChange(code.Value!, group, ParseDate(Value(ChangeDate))
            ?? throw new InvalidOperationException("checked above"));

        switch (group)
        {
            case PopulationChangeGroup.PersonName:
                if (Value(FirstNames) is not { } first) return (null, new ImportProblem("populationMissingField", FirstNames));
                if (Value(LastName) is not { } last) return (null, new ImportProblem("populationMissingField", LastName));
                if (first.Length > Person.MaxNameLength || last.Length > Person.MaxNameLength)
                    return (null, new ImportProblem("importTooLong", FirstNames, Person.MaxNameLength.ToString(CultureInfo.InvariantCulture)));
                return (change with { FirstNames = first, LastName = last }, null);

            case PopulationChangeGroup.PermanentAddress:
                if (Value(AddressStarts) is { } starts && Date(starts, AddressStarts) is { } badStart) return (null, badStart);
                if (Value(Withheld) is not null)
                {
                    // Withheld under a marking: the fields are named and their values left out. Values beside them contradict it.
                    if (Value(Street) is not null || Value(PostalCode) is not null || Value(City) is not null)
                        return (null, new ImportProblem("populationWithheldWithValues", Withheld));
                    return (change with { AddressWithheld = true }, null);
                }
                if (Value(Street) is not { } street) return (null, new ImportProblem("populationMissingField", Street));
                if (Value(City) is not { } city) return (null, new ImportProblem("populationMissingField", City));
                if (Persons.PostalCode.Parse(Value(PostalCode), "FI") is not { IsValid: true } postal)
                    return (null, new ImportProblem("populationBadPostalCode", PostalCode));
                return (change with { Street = street, PostalCode = postal.Value, City = city }, null);

            case PopulationChangeGroup.NonDisclosure:
                if (Value(NonDisclosureActive) is not { } activeText) return (null, new ImportProblem("populationMissingField", NonDisclosureActive));
                if (!bool.TryParse(activeText, out var active)) return (null, new ImportProblem("populationBadBoolean", NonDisclosureActive));
                if (Date(Value(NonDisclosureEnds), NonDisclosureEnds, required: false) is { } badEnd) return (null, badEnd);
                // The end date is kept for information: it never lifts the marking by itself (a renewal may not be imported yet).
                return (change with { NonDisclosureActive = active, NonDisclosureEndsOn = ParseDate(Value(NonDisclosureEnds)) }, null);

            case PopulationChangeGroup.Death:
                if (Date(Value(DiedOn), DiedOn) is { } badDeath) return (null, badDeath);
                return (change with { DiedOn = ParseDate(Value(DiedOn)) }, null);

            default:
                if (Value(OldIdentityCode) is not { } oldText) return (null, new ImportProblem("populationMissingField", OldIdentityCode));
                if (PersonalIdentityCode.Parse(oldText) is not { IsValid: true } old) return (null, new ImportProblem("populationBadIdentityCode", OldIdentityCode));
                if (old.Value != code.Value) return (null, new ImportProblem("populationOldCodeDiffers", OldIdentityCode, IdentityCode));
                if (Value(NewIdentityCode) is not { } newText) return (null, new ImportProblem("populationMissingField", NewIdentityCode));
                if (PersonalIdentityCode.Parse(newText) is not { IsValid: true } corrected)
                    return (null, new ImportProblem("populationBadIdentityCode", NewIdentityCode));
                if (corrected.Value == code.Value) return (null, new ImportProblem("populationCodeUnchanged", NewIdentityCode));
                return (change with { NewIdentityCode = corrected.Value }, null);
        }
    }

    private static ImportProblem? Date(string? value, string field, bool required = true)
    {
        if (value is null) return required ? new ImportProblem("populationMissingField", field) : null;
        return ParseDate(value) is null ? new ImportProblem("populationBadDate", field) : null;
    }

    /// <summary>Dates are ISO 8601 (YYYY-MM-DD) as in DVV's interfaces.</summary>
    private static DateOnly? ParseDate(string? value) =>
        value is not null && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
