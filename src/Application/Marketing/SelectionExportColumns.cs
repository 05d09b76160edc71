using HsWorks.Application.Common.Interfaces;

namespace HsWorks.Application.Marketing;

/// <summary>The columns of a selection's CSV export: the person, then the address of the selection's channel.</summary>
public static class SelectionExportColumns
{
    private static readonly CsvColumn<ExportedPerson>[] Person =
    [
        CsvColumn<ExportedPerson>.Id("personId", p => p.PersonId),
        CsvColumn<ExportedPerson>.Text("firstName", p => p.FirstName),
        CsvColumn<ExportedPerson>.Text("lastName", p => p.LastName),
        CsvColumn<ExportedPerson>.Text("language", p => p.Language),
    ];

    private static readonly Dictionary<string, CsvColumn<ExportedPerson>[]> ByChannel = new()
    {
        ["email"] = [.. Person, CsvColumn<ExportedPerson>.Text("email", p => p.Email)],
        ["sms"] = [.. Person, CsvColumn<ExportedPerson>.Phone("mobile", p => p.Mobile)],
        ["phone"] = [.. Person, CsvColumn<ExportedPerson>.Phone("phone", p => p.Phone ?? p.Mobile)],
        ["post"] =
        [
            .. Person,
            CsvColumn<ExportedPerson>.Text("street", p => p.Street),
            CsvColumn<ExportedPerson>.Text("postalCode", p => p.PostalCode),
            CsvColumn<ExportedPerson>.Text("city", p => p.City),
            CsvColumn<ExportedPerson>.Text("country", p => p.Country ?? "FI"),
        ],
    };

    /// <summary>The columns for a channel's camelCase name (email, sms, phone or post).</summary>
    public static IReadOnlyList<CsvColumn<ExportedPerson>> For(string channel) => ByChannel[channel];
}
