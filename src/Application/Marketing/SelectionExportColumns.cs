using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Marketing;

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

    private static readonly Dictionary<Channel, CsvColumn<ExportedPerson>[]> ByChannel = new()
    {
        [Channel.Email] = [.. Person, CsvColumn<ExportedPerson>.Text("email", p => p.Email)],
        [Channel.Sms] = [.. Person, CsvColumn<ExportedPerson>.Phone("mobile", p => p.Mobile)],
        [Channel.Phone] = [.. Person, CsvColumn<ExportedPerson>.Phone("phone", p => p.Phone ?? p.Mobile)],
        [Channel.Post] =
        [
            .. Person,
            CsvColumn<ExportedPerson>.Text("street", p => p.Street),
            CsvColumn<ExportedPerson>.Text("postalCode", p => p.PostalCode),
            CsvColumn<ExportedPerson>.Text("city", p => p.City),
            CsvColumn<ExportedPerson>.Text("country", p => p.Country ?? "FI"),
        ],
    };

    /// <summary>The columns for a selection's channel (email, sms, phone or post).</summary>
    public static IReadOnlyList<CsvColumn<ExportedPerson>> For(Channel channel) => ByChannel[channel];
}
