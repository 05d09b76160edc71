using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HsWorks.Infrastructure.Persistence.Configurations;

internal sealed class RetentionRuleConfiguration : IEntityTypeConfiguration<RetentionRule>
{
    public void Configure(EntityTypeBuilder<RetentionRule> builder)
    {
        builder.ToTable("retention_rules", t => t.HasCheckConstraint("ck_retention_rules_period", "period >= 0"));
        builder.HasKey(r => r.Category);
        builder.Property(r => r.Category).HasMaxLength(RetentionCategories.MaxCategoryLength);
        builder.Property(r => r.Unit).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Start).HasConversion<string>().HasMaxLength(40);
        builder.Property(r => r.Action).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ReasonFi).HasMaxLength(RetentionRule.MaxReasonLength);
        builder.Property(r => r.ReasonSv).HasMaxLength(RetentionRule.MaxReasonLength);
        builder.Property(r => r.ReasonEn).HasMaxLength(RetentionRule.MaxReasonLength);
        builder.Property(r => r.UpdatedBy).HasMaxLength(100);
        builder.Property(r => r.Version).IsRowVersion();
    }
}

internal sealed class FinancialYearConfiguration : IEntityTypeConfiguration<FinancialYear>
{
    public void Configure(EntityTypeBuilder<FinancialYear> builder)
    {
        builder.ToTable("financial_year", t =>
        {
            t.HasCheckConstraint("ck_financial_year_single", $"id = {FinancialYear.SingletonId}");
            t.HasCheckConstraint("ck_financial_year_end", "end_month BETWEEN 1 AND 12 AND end_day BETWEEN 1 AND 31");
        });
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.UpdatedBy).HasMaxLength(100);
        builder.Property(f => f.Version).IsRowVersion();
    }
}

internal sealed class LegalHoldConfiguration : IEntityTypeConfiguration<LegalHold>
{
    public void Configure(EntityTypeBuilder<LegalHold> builder)
    {
        builder.ToTable("legal_holds", t => t.HasCheckConstraint("ck_legal_holds_one_subject", "(person_id IS NULL) <> (customer_id IS NULL)"));
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Reason).HasMaxLength(LegalHold.MaxReasonLength);
        builder.Property(h => h.PlacedBy).HasMaxLength(100);
        builder.Property(h => h.LiftedBy).HasMaxLength(100);
        builder.Ignore(h => h.InForce);
        // A hold outlives nothing it protects: the data stays while it is in force, and an erasure request takes it with the person.
        builder.HasOne<Person>().WithMany().HasForeignKey(h => h.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customer>().WithMany().HasForeignKey(h => h.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => h.PersonId);
        builder.HasIndex(h => h.CustomerId);
    }
}

internal sealed class RetentionRunConfiguration : IEntityTypeConfiguration<RetentionRun>
{
    public void Configure(EntityTypeBuilder<RetentionRun> builder)
    {
        builder.ToTable("retention_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Trigger).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.StartedBy).HasMaxLength(100);
        // Runs made before runs had a status all finished in one transaction: the migration fills them in as completed.
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Phase).HasMaxLength(RetentionCategories.MaxCategoryLength);
        builder.HasIndex(r => r.StartedAt);
    }
}
