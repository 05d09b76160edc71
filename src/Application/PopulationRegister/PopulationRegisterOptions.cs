namespace HsWorks.Application.PopulationRegister;

/// <summary>Settings of the Population Register updates (section PopulationRegister).</summary>
public sealed class PopulationRegisterOptions
{
    /// <summary>The configuration section: named after this feature (PopulationRegister__PartnersLicensed).</summary>
    public const string Section = nameof(PopulationRegister);

    /// <summary>
    /// Whether the licence for the Population Register's data allows passing it on to partners (PopulationRegister__PartnersLicensed).
    /// Off by default: names and addresses whose source is the Population Register are then withheld from partner reads.
    /// </summary>
    public bool PartnersLicensed { get; set; }
}
