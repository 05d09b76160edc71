using HsWorks.Domain.Common;
using HsWorks.Domain.Persons;
using HsWorks.Domain.ProhibitionRegisters;

namespace HsWorks.Domain.Requests;

/// <summary>What an erasure (GDPR Art. 17) does to one item of a person's data.</summary>
public enum ErasureAction
{
    /// <summary>The item is deleted.</summary>
    Erase,

    /// <summary>The item stays, with its personal values replaced irreversibly (or the link to the person cut).</summary>
    Anonymise,

    /// <summary>The item stays as it is, for the legal reason given (<see cref="RetentionGround"/>).</summary>
    Keep,
}

/// <summary>Which part of the register an erasure item belongs to.</summary>
public enum ErasureArea
{
    BasicDetails,
    ConsumerCustomer,
    ContactPersonLink,
    ContactEvent,
    ProblemReport,
    InterestTag,
    PurchaseRecord,
    AssetRecord,
    RemoteAccessSecret,
    CallRecording,
    InvoiceRecord,
    ConsentEvent,
    MarketingBan,
    NonDisclosureMarking,
    RegisterMatch,
    MatchKeys,
    SearchIndex,
    SelectionExport,
    DisclosureRecord,
    RecipientNotice,
    LeadSubmission,
    AuditTrail,
    RequestRecord,
    SuppressionRecord,
    ProcessingRestriction,
    LegalHold,

    /// <summary>What the marketing rules read of the person (kept by the database from the person, their links and consents).</summary>
    MarketingState,
}

/// <summary>Why an item stays after an erasure (Art. 17(3)).</summary>
public enum RetentionGround
{
    /// <summary>Invoices and their vouchers: Accounting Act 1336/1997 chapter 2 section 10 (Art. 17(3)(b)).</summary>
    AccountingAct,

    /// <summary>The record that the company handled the person's data lawfully and answered the request: ids only (Art. 5(2), 12, 17(3)(e)).</summary>
    Accountability,

    /// <summary>The keyed hash that stops the erased person from being entered again (Art. 17(3)(b), 21(3)).</summary>
    ErasureSuppression,
}

/// <summary>The words of each <see cref="RetentionGround"/>, as the preview and the request's record give them.</summary>
public static class RetentionGrounds
{
    public static string Explain(RetentionGround ground) => ground switch
    {
        RetentionGround.AccountingAct =>
            "Accounting Act 1336/1997 chapter 2 section 10: invoices and their vouchers are kept for six years from the end of the year in which the financial year ended; until then they may be used for accounting only.",
        RetentionGround.Accountability =>
            "GDPR Art. 5(2), 12 and 17(3)(e): the record that the data was processed lawfully and the request answered; it keeps ids only, no personal values.",
        RetentionGround.ErasureSuppression =>
            "GDPR Art. 17(3)(b) and 21(3): a keyed hash (HMAC-SHA256) of the identity code, e-mail and phone, so that the person is not entered again from a prohibition register, a partner's lead or by staff; pseudonymous personal data.",
        _ => throw new ArgumentOutOfRangeException(nameof(ground), ground, null),
    };
}

/// <summary>
/// How long accounting material is kept (Accounting Act 1336/1997 chapter 2 section 10): six years
/// from the end of the year in which the financial year ended. The financial year is the calendar
/// year unless it ends in another month (<paramref name="financialYearEndMonth"/>).
/// </summary>
public static class AccountingRetention
{
    public const int Years = 6;

    /// <summary>The last day the invoice issued on the date must be kept.</summary>
    public static DateOnly KeepUntil(DateOnly issuedOn, int financialYearEndMonth = 12)
    {
        if (financialYearEndMonth is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(financialYearEndMonth));
        // The financial year that holds the date ends in its month of the same year or of the next.
        var financialYearEndsIn = issuedOn.Month <= financialYearEndMonth ? issuedOn.Year : issuedOn.Year + 1;
        return new DateOnly(financialYearEndsIn + Years, 12, 31);
    }
}

/// <summary>The kinds of identifier a suppression record holds a keyed hash of.</summary>
public enum SuppressedIdentifier
{
    /// <summary>The Finnish personal identity code, with its century sign.</summary>
    NationalIdentityCode,
    Email,
    Phone,
}

/// <summary>
/// The normalised identifiers of a person, as a suppression record hashes them: the identity code with its
/// century sign (upper case), the e-mail trimmed and lower-cased, phones in E.164. Each is prefixed with its
/// kind, so an e-mail can never match a phone.
/// </summary>
public static class SuppressionIdentifiers
{
    public static IReadOnlyList<(SuppressedIdentifier Kind, string Normalised)> Of(string? identityCode, string? email, params string?[] phones)
    {
        var found = new List<(SuppressedIdentifier, string)>();
        if (PersonalIdentityCode.Parse(identityCode) is { IsValid: true, Value: { } code })
            found.Add((SuppressedIdentifier.NationalIdentityCode, "identityCode:" + code.Value));
        if (MatchKeys.EmailKey(email) is { } mail) found.Add((SuppressedIdentifier.Email, "email:" + mail));
        foreach (var phone in phones)
            if (MatchKeys.PhoneKey(phone) is { } e164 && !found.Contains((SuppressedIdentifier.Phone, "phone:" + e164)))
                found.Add((SuppressedIdentifier.Phone, "phone:" + e164));
        return found;
    }
}

/// <summary>
/// What an erasure did with one item of one person's data, field by field where it matters: the request's
/// record of what was erased and what was kept and why (the company bears the burden of proof). It names
/// items by id only.
/// </summary>
public sealed class ErasureItem
{
    public const int MaxWhatLength = 300;

    /// <summary>Room for the longest id: a partner's lead, named by its client and its Idempotency-Key (up to 200 characters).</summary>
    public const int MaxItemIdLength = 300;

    private ErasureItem()
    {
        ItemId = What = string.Empty;
    }

    public ErasureItem(Guid requestId, Guid personId, ErasureArea area, string itemId, string what, ErasureAction action,
        RetentionGround? ground, DateOnly? keepUntil, DateTimeOffset at)
    {
        if (action == ErasureAction.Keep && ground is null) throw new DomainRuleException("A kept item needs its legal reason.", "ground");
        (RequestId, PersonId, Area, ItemId, What, Action, Ground, KeepUntil, At) = (requestId, personId, area, itemId, what, action, ground, keepUntil, at);
    }

    public long Id { get; private set; }

    public Guid RequestId { get; private set; }

    /// <summary>The erased person's id (the person row itself is gone).</summary>
    public Guid PersonId { get; private set; }

    public ErasureArea Area { get; private set; }

    /// <summary>The item's id in its table (or the table's key), never a personal value.</summary>
    public string ItemId { get; private set; }

    /// <summary>Which fields, in words: "firstName, lastName, email, …".</summary>
    public string What { get; private set; }

    public ErasureAction Action { get; private set; }

    public RetentionGround? Ground { get; private set; }

    public DateOnly? KeepUntil { get; private set; }

    public DateTimeOffset At { get; private set; }
}

/// <summary>
/// A keyed hash (HMAC-SHA256 with its own key) of one normalised identifier of an erased person: pseudonymous
/// personal data that stays so that the same person is caught when entered again.
/// </summary>
public sealed class SuppressionRecord
{
    private SuppressionRecord()
    {
        Hash = [];
    }

    public SuppressionRecord(byte[] hash, SuppressedIdentifier kind, Guid requestId, DateTimeOffset at) =>
        (Hash, Kind, RequestId, At) = (hash, kind, requestId, at);

    public byte[] Hash { get; private set; }

    public SuppressedIdentifier Kind { get; private set; }

    /// <summary>The erasure request that left it.</summary>
    public Guid RequestId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
