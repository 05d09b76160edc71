using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Users;

namespace HsWorks.Application.Persons;

/// <summary>
/// The non-disclosure marking in every staff view (issue 10.2): the address (street, postal code,
/// city) of a person with the marking, or a pending claim of it, is shown only to a level with
/// persons.readProtectedAddress. Lists and search leave out the city and the e-mail as well.
/// </summary>
internal static class ProtectedAddress
{
    public static bool HiddenFrom(ICurrentUser user, bool addressProtected) =>
        addressProtected && !user.Has(Permission.PersonsReadProtectedAddress);
}
