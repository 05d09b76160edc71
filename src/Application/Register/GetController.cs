using HsWorks.Application.Common.Errors;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Domain.Register;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Register;

/// <summary>The controller's details and the notice's maintained texts; public information, so any signed-in staff member reads them.</summary>
[AnySignedInStaff]
public sealed record GetController : IQuery<ControllerDto>;

internal sealed class GetControllerHandler(IHsWorksDb db) : IQueryHandler<GetController, ControllerDto>
{
    public async ValueTask<ControllerDto> Handle(GetController query, CancellationToken cancellationToken) =>
        (await db.ControllerDetails.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("Controller")).ToDto();
}

internal static class ControllerMapping
{
    public static ControllerDto ToDto(this ControllerDetails c) => new(c.Name, c.BusinessId, c.Street, c.PostalCode, c.City, c.Phone, c.Email,
        c.ContactName, c.ContactEmail, c.ContactPhone, c.SecurityMeasures, c.ProvisionOfData, c.SafeguardsCopy, c.PopulationRegisterDataToPartners, c.UpdatedAt, c.UpdatedBy,
        c.Version.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
