using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HsWorks.Infrastructure.Persistence.Configurations;

internal sealed class ProductGroupConfiguration : IEntityTypeConfiguration<ProductGroup>
{
    public void Configure(EntityTypeBuilder<ProductGroup> builder)
    {
        builder.ToTable("product_groups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Code).HasMaxLength(40);
        builder.HasIndex(g => g.Code).IsUnique();
        builder.Property(g => g.NameFi).HasMaxLength(100);
        builder.Property(g => g.NameSv).HasMaxLength(100);
        builder.Property(g => g.NameEn).HasMaxLength(100);
    }
}

/// <summary>The timeline reads newest first per customer, per person and per group: the indexes follow.</summary>
internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Topic).HasMaxLength(Contact.MaxTopicLength);
        builder.Property(c => c.Notes).HasMaxLength(Contact.MaxNotesLength);
        builder.Property(c => c.Outcome).HasMaxLength(Contact.MaxNotesLength);
        builder.HasOne<Customer>().WithMany().HasForeignKey(c => c.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(c => c.StaffUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProductGroup>().WithMany().HasForeignKey(c => c.ProductGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.CustomerId, c.At, c.Id }).IsDescending(false, true, true);
        builder.HasIndex(c => new { c.PersonId, c.At }).IsDescending(false, true);
        builder.HasIndex(c => new { c.CustomerId, c.ProductGroupId, c.At }).IsDescending(false, false, true);
    }
}

internal sealed class ProblemConfiguration : IEntityTypeConfiguration<Problem>
{
    public void Configure(EntityTypeBuilder<Problem> builder)
    {
        builder.ToTable("problems");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Description).HasMaxLength(Problem.MaxDescriptionLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Source).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProductGroup>().WithMany().HasForeignKey(p => p.ProductGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CustomerId, p.Status, p.ReportedAt });
        builder.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class InterestConfiguration : IEntityTypeConfiguration<Interest>
{
    public void Configure(EntityTypeBuilder<Interest> builder)
    {
        builder.ToTable("interests");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Tag).HasMaxLength(50);
        builder.Property(i => i.Source).HasConversion<string>().HasMaxLength(32);
        builder.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(i => new { i.CustomerId, i.Tag });
    }
}

internal sealed class PurchaseConfiguration : IEntityTypeConfiguration<Purchase>
{
    public void Configure(EntityTypeBuilder<Purchase> builder)
    {
        builder.ToTable("purchases", t => t.HasCheckConstraint("ck_purchases_amounts", "quantity > 0 AND unit_price >= 0"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Product).HasMaxLength(200);
        builder.Property(p => p.Quantity).HasPrecision(12, 3);
        builder.Property(p => p.UnitPrice).HasPrecision(12, 2);
        builder.Property(p => p.Reason).HasMaxLength(1000);
        builder.Property(p => p.ReasonCategory).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.ContractNumber).HasMaxLength(50);
        builder.Ignore(p => p.Total);
        builder.HasOne<Customer>().WithMany().HasForeignKey(p => p.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProductGroup>().WithMany().HasForeignKey(p => p.ProductGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(p => p.SellerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.CustomerId, p.PurchasedOn });
    }
}

internal sealed class AssetConfiguration(HsWorksDbContext context) : IEntityTypeConfiguration<Asset>
{
    public void Configure(EntityTypeBuilder<Asset> builder)
    {
        builder.ToTable("assets");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.Make).HasMaxLength(100);
        builder.Property(a => a.Model).HasMaxLength(100);
        builder.Property(a => a.SerialNumber).HasMaxLength(100);
        builder.Property(a => a.OperatingSystem).HasMaxLength(100);
        builder.Property(a => a.Version).HasMaxLength(50);
        builder.Property(a => a.InstalledAt).HasMaxLength(200);
        // Licence keys are secrets: encrypted at rest with the key kept outside the database.
        var protector = context.Protector;
        builder.Property(a => a.LicenceKey).HasConversion(v => protector.Protect(v!), v => protector.Unprotect(v));
        builder.Ignore(a => a.LicenceKeyMasked);
        builder.OwnsOne(a => a.Warranty, w =>
        {
            w.Property(x => x.StartsOn).HasColumnName("warranty_starts_on");
            w.Property(x => x.EndsOn).HasColumnName("warranty_ends_on");
            w.Property(x => x.Terms).HasColumnName("warranty_terms").HasMaxLength(1000);
            w.HasIndex(x => x.EndsOn);
        });
        builder.Navigation(a => a.Warranty).IsRequired(false);
        builder.HasOne<Customer>().WithMany().HasForeignKey(a => a.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ProductGroup>().WithMany().HasForeignKey(a => a.ProductGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Purchase>().WithMany().HasForeignKey(a => a.PurchaseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(a => new { a.CustomerId, a.CreatedAt });
    }
}

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("invoices", t => t.HasCheckConstraint("ck_invoices_amounts", "amount >= 0 AND vat_amount >= 0 AND vat_amount <= amount AND due_on >= issued_on"));
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        // Taken from invoice_number_seq before the insert: the reference number is derived from it.
        builder.Property(i => i.InvoiceNumber).ValueGeneratedNever();
        builder.HasIndex(i => i.InvoiceNumber).IsUnique();
        builder.Property(i => i.ReferenceNumber).HasMaxLength(20)
            .HasConversion(v => v.Value, v => ReferenceNumber.Parse(v).ValueOrThrow(null));
        builder.HasIndex(i => i.ReferenceNumber).IsUnique();
        builder.Property(i => i.Amount).HasPrecision(12, 2);
        builder.Property(i => i.VatAmount).HasPrecision(12, 2);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Customer>().WithMany().HasForeignKey(i => i.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.History).WithOne().HasForeignKey(h => h.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.History).HasField("history").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(i => new { i.CustomerId, i.IssuedOn });
        // Two parallel status changes must not both pass the transition rule.
        builder.Property<uint>("Version").IsRowVersion();
    }
}

internal sealed class InvoiceStatusChangeConfiguration : IEntityTypeConfiguration<InvoiceStatusChange>
{
    public void Configure(EntityTypeBuilder<InvoiceStatusChange> builder)
    {
        builder.ToTable("invoice_status_changes");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).UseIdentityAlwaysColumn();
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(h => h.ByUsername).HasMaxLength(64);
        builder.HasIndex(h => new { h.InvoiceId, h.At });
    }
}

internal sealed class RemoteAccessConfiguration(HsWorksDbContext context) : IEntityTypeConfiguration<RemoteAccess>
{
    public void Configure(EntityTypeBuilder<RemoteAccess> builder)
    {
        builder.ToTable("remote_accesses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Tool).HasMaxLength(50);
        builder.Property(r => r.Host).HasMaxLength(200);
        builder.Property(r => r.Username).HasMaxLength(200);
        // Encrypted with a key outside the database: a dump alone does not reveal it.
        var protector = context.Protector;
        builder.Property(r => r.Secret).HasConversion(v => protector.Protect(v), v => protector.Unprotect(v));
        builder.HasOne<Asset>().WithMany().HasForeignKey(r => r.AssetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.AssetId);
        builder.HasIndex(r => r.CustomerId);
    }
}

internal sealed class RecordingConfiguration : IEntityTypeConfiguration<Recording>
{
    public void Configure(EntityTypeBuilder<Recording> builder)
    {
        builder.ToTable("recordings", t => t.HasCheckConstraint("ck_recordings_size", "size > 0"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.ContentType).HasMaxLength(100);
        builder.Property(r => r.FileName).HasMaxLength(200);
        builder.Property(r => r.Sha256).HasMaxLength(64);
        builder.HasOne<Customer>().WithMany().HasForeignKey(r => r.CustomerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<StaffUser>().WithMany().HasForeignKey(r => r.UploadedBy).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.CustomerId, r.CreatedAt });
    }
}
