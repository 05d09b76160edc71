using HsWorks.Domain.Marketing;


namespace HsWorks.Domain.Disclosures;

/// <summary>The fields of a person a recipient may be served; a category opens one or more of them.</summary>
[Flags]
public enum DisclosedFields
{
    None = 0,

    /// <summary>Names and language (the basic category).</summary>
    Names = 1,
    Email = 2,
    Phone = 4,
    Mobile = 8,
    Address = 16,
}

/// <summary>
/// What one earlier disclosure still lets a partner read (issue 10.1): a read is a new disclosure,
/// so it needs a basis now, not only when the data first went out. For a marketing purpose each
/// contact field needs its own channel still open under the marketing rules (e-mail withdrawn → no
/// e-mail address; SMS or phone open → the mobile number; phone → the phone number; post → the
/// address), and the names go only with a contact field still served — or, when the disclosure
/// held names alone, while any channel is open. Other purposes keep their categories. Whatever the
/// purpose, nothing is served of a person with the non-disclosure marking (or a pending claim of it).
/// </summary>
public static class DisclosureCoverage
{
    private static readonly DisclosedFields ContactFields = DisclosedFields.Email | DisclosedFields.Phone | DisclosedFields.Mobile | DisclosedFields.Address;

    public static DisclosedFields Covered(IReadOnlyCollection<string> categories, bool marketingPurpose, IReadOnlySet<Channel> openChannels)
    {
        var disclosed = FieldsOf(categories);
        if (!marketingPurpose) return disclosed;
        var open = DisclosedFields.None;
        if (openChannels.Contains(Channel.Email)) open |= DisclosedFields.Email;
        if (openChannels.Contains(Channel.Phone)) open |= DisclosedFields.Phone | DisclosedFields.Mobile;
        if (openChannels.Contains(Channel.Sms)) open |= DisclosedFields.Mobile;
        if (openChannels.Contains(Channel.Post)) open |= DisclosedFields.Address;
        var contact = disclosed & ContactFields & open;
        var names = disclosed.HasFlag(DisclosedFields.Names)
            && (contact != DisclosedFields.None || ((disclosed & ContactFields) == DisclosedFields.None && openChannels.Count > 0));
        return contact | (names ? DisclosedFields.Names : DisclosedFields.None);
    }

    /// <summary>The fields each category opens: basic the names and language, phone both numbers.</summary>
    public static DisclosedFields FieldsOf(IReadOnlyCollection<string> categories)
    {
        var fields = DisclosedFields.None;
        if (categories.Contains(PersonDataCategories.Basic)) fields |= DisclosedFields.Names;
        if (categories.Contains(PersonDataCategories.Email)) fields |= DisclosedFields.Email;
        if (categories.Contains(PersonDataCategories.Phone)) fields |= DisclosedFields.Phone | DisclosedFields.Mobile;
        if (categories.Contains(PersonDataCategories.Address)) fields |= DisclosedFields.Address;
        return fields;
    }

    /// <summary>The categories whose fields are (at least partly) served: what a read discloses.</summary>
    public static IReadOnlyList<string> CategoriesOf(DisclosedFields fields)
    {
        var categories = new List<string>();
        if (fields.HasFlag(DisclosedFields.Names)) categories.Add(PersonDataCategories.Basic);
        if (fields.HasFlag(DisclosedFields.Email)) categories.Add(PersonDataCategories.Email);
        if ((fields & (DisclosedFields.Phone | DisclosedFields.Mobile)) != 0) categories.Add(PersonDataCategories.Phone);
        if (fields.HasFlag(DisclosedFields.Address)) categories.Add(PersonDataCategories.Address);
        return categories;
    }
}
