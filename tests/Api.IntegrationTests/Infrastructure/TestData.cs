using System.Net.Http.Json;
using HsWorks.Application.Customers;
using HsWorks.Application.Persons;

namespace HsWorks.Api.IntegrationTests.Infrastructure;

/// <summary>Creating register data through the API, as a client would.</summary>
public static class TestData
{
    public static object PersonBody(string firstName = "Maija", string lastName = "Meikäläinen", string? phone = "040 123 4567",
        string? email = "maija.meikalainen@example.fi", string postalCode = "00300", string? identityCode = null) => new
    {
        firstName,
        lastName,
        email,
        phone,
        mobile = (string?)null,
        language = "fi",
        personalIdentityCode = identityCode,
        address = new { street = "Korppaanmäentie 27", postalCode, city = "Helsinki", country = "FI" },
        source = "subject",
    };

    public static async Task<PersonDto> CreatePersonAsync(this HttpClient client, object? body = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/persons", body ?? PersonBody());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<PersonDto>(HttpTestExtensions.Web))!;
    }

    public static async Task<CustomerDto> CreateCustomerAsync(this HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/customers", body);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<CustomerDto>(HttpTestExtensions.Web))!;
    }
}
