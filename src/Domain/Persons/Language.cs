namespace HsWorks.Domain.Persons;

/// <summary>The data subject's preferred language for communication (R4.1).</summary>
public enum Language
{
    Fi,
    Sv,
    En,
}
