using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchPagesInOwnerOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_search_terms_term",
                table: "search_terms");

            migrationBuilder.AddColumn<Guid>(
                name: "owner_id",
                table: "search_terms",
                type: "uuid",
                nullable: false,
                computedColumnSql: "coalesce(person_id, customer_id)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_search_terms_owner_id_term",
                table: "search_terms",
                columns: new[] { "owner_id", "term" });

            migrationBuilder.CreateIndex(
                name: "ix_search_terms_term_owner_id",
                table: "search_terms",
                columns: new[] { "term", "owner_id" })
                .Annotation("Npgsql:IndexInclude", new[] { "person_id", "customer_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_search_terms_owner_id_term",
                table: "search_terms");

            migrationBuilder.DropIndex(
                name: "ix_search_terms_term_owner_id",
                table: "search_terms");

            migrationBuilder.DropColumn(
                name: "owner_id",
                table: "search_terms");

            migrationBuilder.CreateIndex(
                name: "ix_search_terms_term",
                table: "search_terms",
                column: "term")
                .Annotation("Npgsql:IndexInclude", new[] { "person_id", "customer_id" });
        }
    }
}
