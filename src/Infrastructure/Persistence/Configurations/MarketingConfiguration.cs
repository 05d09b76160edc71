using System.Text.Json;
using System.Text.Json.Serialization;
using HsWorks.Domain.Marketing;
using HsWorks.Domain.Persons;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Domain.Purposes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HsWorks.Infrastructure.Persistence.Configurations;

/// <summary>Lists of enums as text[] of their names, and small value objects as jsonb.</summary>
internal static class Columns
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static PropertyBuilder<List<TEnum>> EnumNames<TEnum>(this PropertyBuilder<List<TEnum>> property) where TEnum : struct, Enum =>
        property.HasConversion(
                new ValueConverter<List<TEnum>, string[]>(v => v.Select(e => e.ToString()).ToArray(), v => v.Select(Enum.Parse<TEnum>).ToList()),
                new ValueComparer<List<TEnum>>((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, e) => HashCode.Combine(h, e)), v => v.ToList()))
            .HasColumnType("text[]");

    public static PropertyBuilder<T> AsJson<T>(this PropertyBuilder<T> property) where T : class? =>
        property.HasConversion(
                new ValueConverter<T, string>(v => JsonSerializer.Serialize(v, Json), v => JsonSerializer.Deserialize<T>(v, Json)!),
                new ValueComparer<T>((a, b) => JsonSerializer.Serialize(a, Json) == JsonSerializer.Serialize(b, Json),
                    v => JsonSerializer.Serialize(v, Json).GetHashCode(), v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, Json), Json)!))
            .HasColumnType("jsonb");
}

internal sealed class ProhibitionRegisterConfiguration : IEntityTypeConfiguration<ProhibitionRegister>
{
    public void Configure(EntityTypeBuilder<ProhibitionRegister> builder)
    {
        builder.ToTable("prohibition_registers");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(ProhibitionRegister.MaxNameLength);
        builder.HasIndex(r => r.Name).IsUnique();
        builder.Property(r => r.Channels).EnumNames();
        builder.HasOne<RegisterImport>().WithMany().HasForeignKey(r => r.CurrentImportId).OnDelete(DeleteBehavior.Restrict);
        builder.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class RegisterImportConfiguration : IEntityTypeConfiguration<RegisterImport>
{
    public void Configure(EntityTypeBuilder<RegisterImport> builder)
    {
        builder.ToTable("register_imports", t => t.HasCheckConstraint("ck_register_imports_finished", $"(status = {StoredEnum.Sql(ImportStatus.Running)}) = (finished_at IS NULL)"));
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasOne<ProhibitionRegister>().WithMany().HasForeignKey(i => i.RegisterId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.FileName).HasMaxLength(255);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Encoding).HasMaxLength(32);
        builder.Property(i => i.Errors).AsJson();
        builder.Property(i => i.StartedBy).HasMaxLength(64);
        builder.HasIndex(i => new { i.RegisterId, i.StartedAt });
        builder.HasIndex(i => i.Status).HasFilter($"status = {StoredEnum.Sql(ImportStatus.Running)}");
        builder.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class RegisterMatchConfiguration : IEntityTypeConfiguration<RegisterMatch>
{
    public void Configure(EntityTypeBuilder<RegisterMatch> builder)
    {
        builder.ToTable("register_matches");
        builder.HasKey(m => new { m.ImportId, m.Line, m.PersonId });
        builder.HasOne<RegisterImport>().WithMany().HasForeignKey(m => m.ImportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(m => m.Reasons).EnumNames();
        builder.HasIndex(m => m.PersonId);
    }
}

internal sealed class MarketingSelectionConfiguration : IEntityTypeConfiguration<MarketingSelection>
{
    public void Configure(EntityTypeBuilder<MarketingSelection> builder)
    {
        builder.ToTable("marketing_selections");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Name).HasMaxLength(MarketingSelection.MaxNameLength);
        builder.HasOne<Purpose>().WithMany().HasForeignKey(s => s.PurposeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.MarketingPurpose).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.Criteria).AsJson();
        builder.Property(s => s.CreatedBy).HasMaxLength(64);
        builder.HasIndex(s => s.CreatedAt);
        builder.Ignore(s => s.Request);
    }
}

/// <summary>An export and the exact persons it held (R6.3); both are kept as they were written.</summary>
internal sealed class SelectionExportConfiguration : IEntityTypeConfiguration<SelectionExport>
{
    public const string PersonsTable = "selection_export_persons";

    public void Configure(EntityTypeBuilder<SelectionExport> builder)
    {
        builder.ToTable("selection_exports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<MarketingSelection>().WithMany().HasForeignKey(e => e.SelectionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Purpose>().WithMany().HasForeignKey(e => e.PurposeId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Criteria).AsJson();
        builder.Property(e => e.ExportedBy).HasMaxLength(64);
        builder.HasIndex(e => new { e.SelectionId, e.ExportedAt });
    }
}
