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
}
