using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HsWorks.Infrastructure.Persistence.Configurations;

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.Ignore(c => c.DomainEvents);
        builder.ToTable("customers", t =>
        {
            t.HasCheckConstraint("ck_customers_shape",
                $"(type = {StoredEnum.Sql(CustomerType.Consumer)} AND (person_id IS NOT NULL OR erased_at IS NOT NULL) AND name IS NULL AND business_id IS NULL) OR (type = {StoredEnum.Sql(CustomerType.Organisation)} AND person_id IS NULL AND name IS NOT NULL)");
        });
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CustomerNumber).HasDefaultValueSql("nextval('customer_number_seq')").ValueGeneratedOnAdd();
        builder.Property(c => c.CustomerNumber).Metadata.SetAfterSaveBehavior(Microsoft.EntityFrameworkCore.Metadata.PropertySaveBehavior.Ignore);
        builder.HasIndex(c => c.CustomerNumber).IsUnique();
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(16);
        builder.Property(c => c.Name).HasMaxLength(Customer.MaxNameLength);
        builder.Property(c => c.BusinessId).HasMaxLength(9).HasConversion(v => v!.Value, v => BusinessId.Parse(v).ValueOrThrow(null));
        builder.HasIndex(c => c.BusinessId);
        builder.Property(c => c.ProductGroups).HasColumnType("text[]");
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.PersonId);
        builder.HasMany(c => c.ContactPersons).WithOne().HasForeignKey(cp => cp.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.ContactPersons).HasField("contactPersons").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(c => c.Version).IsRowVersion();
    }
}

internal sealed class ContactPersonConfiguration : IEntityTypeConfiguration<ContactPerson>
{
    public void Configure(EntityTypeBuilder<ContactPerson> builder)
    {
        builder.ToTable("customer_contact_persons");
        builder.HasKey(c => new { c.CustomerId, c.PersonId });
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.PersonId);
    }
}
