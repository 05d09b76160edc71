namespace HsWorks.Infrastructure.Seeding;

public sealed class StartupOptions
{
    /// <summary>Apply migrations and seed at start-up (set by ./hsworks run).</summary>
    public bool Migrate { get; set; }

    /// <summary>Create the demo data set when the register is empty.</summary>
    public bool SeedDemo { get; set; }

    public int DemoPersons { get; set; } = 2000;
}
