using FluentValidation.Resources;

namespace HsWorks.Application.Common.Validation;

/// <summary>
/// FluentValidation's built-in messages, short and without the property name (the client shows
/// each message beside its field), in Finnish, Swedish and English.
/// </summary>
public sealed class LocalizedLanguageManager : LanguageManager
{
    public LocalizedLanguageManager()
    {
        foreach (var (culture, pick) in new (string, Func<(string En, string Fi, string Sv), string>)[] { ("en", m => m.En), ("fi", m => m.Fi), ("sv", m => m.Sv) })
        {
            AddTranslation(culture, "NotEmptyValidator", pick(("Required.", "Pakollinen tieto.", "Obligatorisk uppgift.")));
            AddTranslation(culture, "NotNullValidator", pick(("Required.", "Pakollinen tieto.", "Obligatorisk uppgift.")));
            AddTranslation(culture, "MaximumLengthValidator", pick(("At most {MaxLength} characters.", "Enintään {MaxLength} merkkiä.", "Högst {MaxLength} tecken.")));
            AddTranslation(culture, "MinimumLengthValidator", pick(("At least {MinLength} characters.", "Vähintään {MinLength} merkkiä.", "Minst {MinLength} tecken.")));
            AddTranslation(culture, "LengthValidator", pick(("{MinLength}–{MaxLength} characters.", "{MinLength}–{MaxLength} merkkiä.", "{MinLength}–{MaxLength} tecken.")));
            AddTranslation(culture, "RegularExpressionValidator", pick(("Not in the right format.", "Muoto ei kelpaa.", "Formatet är fel.")));
            AddTranslation(culture, "EmptyValidator", pick(("Must be empty.", "Pitää jättää tyhjäksi.", "Ska lämnas tom.")));
            AddTranslation(culture, "NullValidator", pick(("Must be empty.", "Pitää jättää tyhjäksi.", "Ska lämnas tom.")));
            AddTranslation(culture, "PredicateValidator", pick(("Not valid.", "Ei kelpaa.", "Ogiltig.")));
            AddTranslation(culture, "NotEqualValidator", pick(("Not allowed here.", "Ei sallittu tässä.", "Inte tillåtet här.")));
        }
    }
}
