using HsWorks.Domain.Customers;
using HsWorks.Domain.Persons;
using HsWorks.Infrastructure.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace HsWorks.Infrastructure.Persistence.Configurations;

/// <summary>Tokens in the C collation so that a prefix is a plain btree range.</summary>
internal sealed class SearchTermConfiguration : IEntityTypeConfiguration<SearchTerm>
{
    public void Configure(EntityTypeBuilder<SearchTerm> builder)
    {
        builder.ToTable("search_terms", t => t.HasCheckConstraint("ck_search_terms_owner", "(person_id IS NULL) <> (customer_id IS NULL)"));
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).UseIdentityAlwaysColumn();
        builder.Property(t => t.Term).HasMaxLength(254).UseCollation("C").IsRequired();
        builder.Property(t => t.OwnerId).HasComputedColumnSql("coalesce(person_id, customer_id)", stored: true);
        // Owners of a word in owner order (a page is a short index range), and an owner's words (the AND of several words).
        builder.HasIndex(t => new { t.Term, t.OwnerId }).IncludeProperties(t => new { t.PersonId, t.CustomerId });
        builder.HasIndex(t => new { t.OwnerId, t.Term });
        builder.HasOne<Person>().WithMany().HasForeignKey(t => t.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Customer>().WithMany().HasForeignKey(t => t.CustomerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => t.PersonId);
        builder.HasIndex(t => t.CustomerId);
    }
}

internal sealed class SearchWordConfiguration : IEntityTypeConfiguration<SearchWord>
{
    public void Configure(EntityTypeBuilder<SearchWord> builder)
    {
        builder.ToTable("search_words");
        builder.HasKey(w => w.Word);
        builder.Property(w => w.Word).HasMaxLength(100).UseCollation("C");
        // GIN, not GiST: the typo search filters by word % tok and sorts the few matches; GiST's nearest-first scan over
        // the trigram signatures took 24–280 ms for 13,000 words (bench/search/README.md, issue 14).
        builder.HasIndex(w => w.Word).HasDatabaseName("ix_search_words_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
