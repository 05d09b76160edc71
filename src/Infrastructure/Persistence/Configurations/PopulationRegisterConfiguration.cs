using HsWorks.Domain.Persons;
using HsWorks.Domain.PopulationRegister;
using HsWorks.Domain.ProhibitionRegisters;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HsWorks.Infrastructure.Persistence.Configurations;

internal sealed class PopulationRegisterImportConfiguration : IEntityTypeConfiguration<PopulationRegisterImport>
{
    public void Configure(EntityTypeBuilder<PopulationRegisterImport> builder)
    {
        builder.ToTable("population_register_imports",
            t => t.HasCheckConstraint("ck_population_register_imports_finished", $"(status = {StoredEnum.Sql(ImportStatus.Running)}) = (finished_at IS NULL)"));
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.FileName).HasMaxLength(255);
        builder.Property(i => i.Format).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Errors).AsJson();
        builder.Property(i => i.StartedBy).HasMaxLength(64);
        builder.HasIndex(i => i.StartedAt);
        builder.HasIndex(i => i.Status).HasFilter($"status = {StoredEnum.Sql(ImportStatus.Running)}");
        builder.Property<uint>("Version").IsRowVersion();
    }
}

/// <summary>Written in bulk by the import's SQL (PopulationRegisterImportRunner), read by the report.</summary>
internal sealed class PopulationRegisterChangeConfiguration : IEntityTypeConfiguration<PopulationRegisterChange>
{
    public void Configure(EntityTypeBuilder<PopulationRegisterChange> builder)
    {
        builder.ToTable("population_register_changes");
        builder.HasKey(c => new { c.ImportId, c.Line, c.Seq, c.PersonId });
        builder.HasOne<PopulationRegisterImport>().WithMany().HasForeignKey(c => c.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Group).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Fields).HasColumnType("text[]");
        builder.HasIndex(c => c.PersonId);
    }
}

internal sealed class PopulationRegisterUnmatchedConfiguration : IEntityTypeConfiguration<PopulationRegisterUnmatched>
{
    public void Configure(EntityTypeBuilder<PopulationRegisterUnmatched> builder)
    {
        builder.ToTable("population_register_unmatched");
        builder.HasKey(u => new { u.ImportId, u.Line });
        builder.HasOne<PopulationRegisterImport>().WithMany().HasForeignKey(u => u.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(u => u.Groups).EnumNames();
    }
}
