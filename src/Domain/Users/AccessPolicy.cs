namespace HsWorks.Domain.Users;

/// <summary>The permission matrix (R7.2). docs/access-levels.md mirrors it and a test walks it.</summary>
public static class AccessPolicy
{
    private static readonly Permission[] ReadPersons = [Permission.PersonsRead, Permission.CustomersRead, Permission.Search];
    private static readonly Permission[] WritePersons =
        [.. ReadPersons, Permission.PersonsWrite, Permission.CustomersWrite, Permission.ServiceRecordsWrite, Permission.ConsentsWrite, Permission.RequestsRegister];

    /// <summary>Decisions the law gives the data protection officer alone (issue 10): not even the administrator takes them.</summary>
    private static readonly Permission[] DataProtectionOfficerOnly = [Permission.NonDisclosureManage, Permission.ProhibitionsLift];

    private static readonly Dictionary<AccessLevel, HashSet<Permission>> Matrix = new()
    {
        [AccessLevel.Administrator] = [.. Enum.GetValues<Permission>().Except(DataProtectionOfficerOnly)],
        [AccessLevel.DataProtectionOfficer] = [.. WritePersons, Permission.PersonsReadIdentityCode, Permission.AuditRead, Permission.InvoicesReadAmounts,
            Permission.RecordingsPlay, Permission.PurposesManage, Permission.ProhibitionRegistersManage, Permission.RecipientsRead,
            Permission.RecipientsManage, Permission.DisclosuresRead, Permission.DisclosuresWrite, Permission.PersonsReadProtectedAddress, Permission.RequestsManage,
            Permission.PrivacyNoticePublish, Permission.ProcessingRecordRead, Permission.RetentionManage,
            Permission.PopulationRegisterImport, .. DataProtectionOfficerOnly],
        [AccessLevel.Supervisor] = [.. WritePersons, Permission.PersonsReadIdentityCode, Permission.InvoicesReadAmounts, Permission.RemoteAccessReveal,
            Permission.RecordingsPlay],
        // Everyone who talks to customers registers a request they receive, so that a call or a letter is never lost (issue 12).
        [AccessLevel.Technician] = [.. ReadPersons, Permission.ServiceRecordsWrite, Permission.RemoteAccessReveal, Permission.RequestsRegister],
        [AccessLevel.HelpdeskAgent] = [.. WritePersons],
        [AccessLevel.Sales] = [.. WritePersons],
        // Not prohibitionRegistersManage: whoever gains from fewer exclusions does not load the register of them.
        [AccessLevel.Marketing] = [.. ReadPersons, Permission.ConsentsWrite, Permission.MarketingSelect, Permission.RecipientsRead, Permission.RequestsRegister],
        [AccessLevel.Billing] = [.. WritePersons, Permission.PersonsReadIdentityCode, Permission.InvoicesReadAmounts, Permission.InvoicesWrite],
        [AccessLevel.Auditor] = [.. ReadPersons, Permission.AuditRead, Permission.InvoicesReadAmounts, Permission.RecipientsRead, Permission.DisclosuresRead],
    };

    public static IReadOnlySet<Permission> PermissionsOf(AccessLevel level) => Matrix[level];

    public static bool Allows(AccessLevel level, Permission permission) => Matrix[level].Contains(permission);

    /// <summary>The stable name used in the API and the docs: persons.read, users.manage, …</summary>
    public static string NameOf(Permission permission) => permission switch
    {
        Permission.PersonsRead => "persons.read",
        Permission.PersonsWrite => "persons.write",
        Permission.PersonsReadIdentityCode => "persons.readIdentityCode",
        Permission.CustomersRead => "customers.read",
        Permission.CustomersWrite => "customers.write",
        Permission.Search => "search",
        Permission.UsersManage => "users.manage",
        Permission.AuditRead => "audit.read",
        Permission.ServiceRecordsWrite => "serviceRecords.write",
        Permission.InvoicesReadAmounts => "invoices.readAmounts",
        Permission.InvoicesWrite => "invoices.write",
        Permission.ProductGroupsManage => "productGroups.manage",
        Permission.RemoteAccessReveal => "remoteAccess.reveal",
        Permission.RecordingsPlay => "recordings.play",
        Permission.ConsentsWrite => "consents.write",
        Permission.PurposesManage => "purposes.manage",
        Permission.ProhibitionRegistersManage => "prohibitionRegisters.manage",
        Permission.MarketingSelect => "marketing.select",
        Permission.RecipientsRead => "recipients.read",
        Permission.RecipientsManage => "recipients.manage",
        Permission.DisclosuresRead => "disclosures.read",
        Permission.DisclosuresWrite => "disclosures.write",
        Permission.ApiClientsManage => "apiClients.manage",
        Permission.PersonsReadProtectedAddress => "persons.readProtectedAddress",
        Permission.NonDisclosureManage => "nonDisclosure.manage",
        Permission.ProhibitionsLift => "prohibitions.lift",
        Permission.RequestsRegister => "requests.register",
        Permission.RequestsManage => "requests.manage",
        Permission.PrivacyNoticePublish => "privacyNotice.publish",
        Permission.ProcessingRecordRead => "processingRecord.read",
        Permission.ControllerManage => "controller.manage",
        Permission.RetentionManage => "retention.manage",
        Permission.PopulationRegisterImport => "populationRegister.import",
        _ => throw new ArgumentOutOfRangeException(nameof(permission)),
    };
}
