using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Issue 14: the search's typo lookup through a GIN trigram index (word % tok, the few matches sorted by distance) instead of
    /// GiST's nearest-first scan, which took 24–280 ms over the 13,000 dictionary words at 1,000,000 persons
    /// (bench/search/README.md). The dictionary is small: the index builds in well under a second.
    /// </summary>
    public partial class I14TypoSearchGin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_search_words_trgm",
                table: "search_words");

            migrationBuilder.CreateIndex(
                name: "ix_search_words_trgm",
                table: "search_words",
                column: "word")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_search_words_trgm",
                table: "search_words");

            migrationBuilder.CreateIndex(
                name: "ix_search_words_trgm",
                table: "search_words",
                column: "word")
                .Annotation("Npgsql:IndexMethod", "gist")
                .Annotation("Npgsql:IndexOperators", new[] { "gist_trgm_ops" });
        }
    }
}
