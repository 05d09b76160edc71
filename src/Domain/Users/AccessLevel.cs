namespace HsWorks.Domain.Users;

/// <summary>A staff user's access level, set only by an administrator (R7.1).</summary>
public enum AccessLevel
{
    Administrator,
    DataProtectionOfficer,
    Supervisor,
    Technician,
    HelpdeskAgent,
    Sales,
    Marketing,
    Billing,
    Auditor,
}
