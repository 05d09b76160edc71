using HsWorks.Domain.Persons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HsWorks.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration(HsWorksDbContext context) : IEntityTypeConfiguration<Person>
{
    /// <summary>The keyed lookup of the identity code (<see cref="Security.IdentityCodeLookup"/>): written with the code, never read back.</summary>
    public const string IdentityCodeLookup = "IdentityCodeLookup";

    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.Ignore(p => p.DomainEvents);
        builder.ToTable("persons", t =>
        {
            t.HasCheckConstraint("ck_persons_phone_e164", "phone IS NULL OR phone ~ '^\\+[1-9][0-9]{5,14}$'");
            t.HasCheckConstraint("ck_persons_mobile_e164", "mobile IS NULL OR mobile ~ '^\\+[1-9][0-9]{5,14}$'");
            t.HasCheckConstraint("ck_persons_identity_code_source", "(identity_code IS NULL) = (identity_code_source IS NULL)");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.FirstName).HasMaxLength(Person.MaxNameLength).IsRequired();
        builder.Property(p => p.LastName).HasMaxLength(Person.MaxNameLength).IsRequired();
        builder.Property(p => p.Email).HasMaxLength(254).HasConversion(v => v!.Value, v => Email.Parse(v).ValueOrThrow(null));
        builder.Property(p => p.Phone).HasMaxLength(16).HasConversion(v => v!.E164, v => PhoneNumber.FromE164(v));
        builder.Property(p => p.Mobile).HasMaxLength(16).HasConversion(v => v!.E164, v => PhoneNumber.FromE164(v));
        builder.Property(p => p.Language).HasConversion<string>().HasMaxLength(2);
        builder.Property(p => p.NameSource).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.ContactSource).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.AddressSource).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.IdentityCodeSource).HasConversion<string>().HasMaxLength(32);

        // Encrypted at rest with a key that lives outside the database (R7.4).
        var protector = context.Protector;
        builder.Property(p => p.IdentityCode)
            .HasColumnName("identity_code")
            .HasConversion(
                v => protector.Protect(v!.Value),
                v => PersonalIdentityCode.Parse(protector.Unprotect(v)).ValueOrThrow(null));

        builder.Property<byte[]?>(IdentityCodeLookup).HasColumnName("identity_code_lookup");
        builder.HasIndex(IdentityCodeLookup).HasDatabaseName("ix_persons_identity_code_lookup");

        builder.OwnsOne(p => p.Address, address =>
        {
            address.Property(a => a.Street).HasColumnName("street").HasMaxLength(200);
            address.Property(a => a.PostalCode).HasColumnName("postal_code").HasMaxLength(10)
                .HasConversion(v => v.Value, v => PostalCode.Restore(v));
            address.Property(a => a.City).HasColumnName("city").HasMaxLength(100);
            address.Property(a => a.Country).HasColumnName("country").HasMaxLength(2)
                .HasConversion(v => v.Value, v => CountryCode.Parse(v).ValueOrThrow(null));
        });
        builder.Navigation(p => p.Address).IsRequired(false);

        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.FullName);
        builder.Ignore(p => p.AddressProtected);
        builder.HasIndex(p => new { p.LastName, p.FirstName });
    }
}
