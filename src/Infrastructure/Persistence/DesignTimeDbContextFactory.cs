using HsWorks.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace HsWorks.Infrastructure.Persistence;

/// <summary>For `dotnet ef` only: builds the model without starting the API or reaching a database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<HsWorksDbContext>
{
    public HsWorksDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<HsWorksDbContext>()
            .UseNpgsql("Host=localhost;Database=hsworks_design", npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
        return new HsWorksDbContext(options, new FieldProtector(new EncryptionOptions { Key = Convert.ToBase64String(new byte[32]) }));
    }
}
