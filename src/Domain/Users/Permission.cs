namespace HsWorks.Domain.Users;

/// <summary>What a request needs; access levels grant permissions (docs/access-levels.md).</summary>
public enum Permission
{
    PersonsRead,
    PersonsWrite,
    PersonsReadIdentityCode,
    CustomersRead,
    CustomersWrite,
    Search,
    UsersManage,
    AuditRead,
    ServiceRecordsWrite,
    InvoicesReadAmounts,
    InvoicesWrite,
    ProductGroupsManage,
    RemoteAccessReveal,
    RecordingsPlay,
    ConsentsWrite,
    PurposesManage,
    ProhibitionRegistersManage,
    MarketingSelect,
    RecipientsRead,
    RecipientsManage,
    DisclosuresRead,
    DisclosuresWrite,
    ApiClientsManage,

    /// <summary>See the address of a person with the non-disclosure marking or a pending claim of one.</summary>
    PersonsReadProtectedAddress,

    /// <summary>Set or lift the non-disclosure marking, decide claims of it, and name the Population Register as a source.</summary>
    NonDisclosureManage,

    /// <summary>Lift a marketing ban or an objection (anyone who takes one may record it).</summary>
    ProhibitionsLift,

    /// <summary>Register a data subject's request as it arrives (a call, a letter), and see nothing of it after.</summary>
    RequestsRegister,

    /// <summary>Handle data subjects' requests: the inbox, their details and every step (issue 12).</summary>
    RequestsManage,

    /// <summary>Preview the privacy notice generated from the register and publish it as a new version (issue 13).</summary>
    PrivacyNoticePublish,

    /// <summary>Read the record of processing activities (GDPR Art. 30) as JSON, CSV or a printable page (issue 13).</summary>
    ProcessingRecordRead,

    /// <summary>Edit the controller's details and the notice's maintained texts (R1.1; issue 13).</summary>
    ControllerManage,

    /// <summary>Set the retention rules and the financial year, place and lift legal holds, preview and run the retention (issue 13).</summary>
    RetentionManage,

    /// <summary>Import the Population Register's change files (names, addresses, non-disclosure markings, deaths, identity-code corrections) and see their reports.</summary>
    PopulationRegisterImport,
}
