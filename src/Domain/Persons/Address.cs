namespace HsWorks.Domain.Persons;

/// <summary>A postal address; the postal code is validated against the country.</summary>
public sealed record Address(string Street, PostalCode PostalCode, string City, CountryCode Country);
