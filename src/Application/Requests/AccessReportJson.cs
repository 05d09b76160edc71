using System.Text.Json;
using System.Text.Json.Serialization;
using HsWorks.Domain.Users;

namespace HsWorks.Application.Requests;

/// <summary>
/// The JSON form of a stored access report: the API's form (camelCase names and closed sets, access levels by their declared names),
/// so the stored copy reads exactly as the answer the API gave.
/// </summary>
internal static class AccessReportJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter<AccessLevel>(), new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };
}
