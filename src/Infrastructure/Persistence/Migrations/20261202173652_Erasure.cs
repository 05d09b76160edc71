using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Erasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_customers_shape",
                table: "customers");

            migrationBuilder.AddColumn<long>(
                name: "suppressed_matches",
                table: "register_imports",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "erased_at",
                table: "data_subject_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "erased_at",
                table: "customers",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "erasure_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    area = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    item_id = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    what = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ground = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    keep_until = table.Column<DateOnly>(type: "date", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_erasure_items", x => x.id);
                    table.CheckConstraint("ck_erasure_items_kept_with_ground", "action <> 'Keep' OR ground IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_erasure_items_data_subject_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "data_subject_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "suppression_records",
                columns: table => new
                {
                    hash = table.Column<byte[]>(type: "bytea", nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suppression_records", x => x.hash);
                    table.ForeignKey(
                        name: "fk_suppression_records_data_subject_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "data_subject_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_customers_shape",
                table: "customers",
                sql: "(type = 'Consumer' AND (person_id IS NOT NULL OR erased_at IS NOT NULL) AND name IS NULL AND business_id IS NULL) OR (type = 'Organisation' AND person_id IS NULL AND name IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "ix_erasure_items_person_id",
                table: "erasure_items",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_erasure_items_request_id_id",
                table: "erasure_items",
                columns: new[] { "request_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_suppression_records_request_id",
                table: "suppression_records",
                column: "request_id");

            // BEGIN HAND-WRITTEN SQL
            // A request's erasure record is append-only like its timeline (ledger_append_only() from the Foundation
            // migration refuses updates, and deletions outside an erasure).
            migrationBuilder.Sql("""
                CREATE TRIGGER erasure_items_append_only
                    BEFORE UPDATE OR DELETE ON erasure_items
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER erasure_items_no_truncate
                    BEFORE TRUNCATE ON erasure_items
                    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
                """);
            // END HAND-WRITTEN SQL
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS erasure_items_no_truncate ON erasure_items;
                DROP TRIGGER IF EXISTS erasure_items_append_only ON erasure_items;
                """);
            migrationBuilder.DropTable(
                name: "erasure_items");

            migrationBuilder.DropTable(
                name: "suppression_records");

            migrationBuilder.DropCheckConstraint(
                name: "ck_customers_shape",
                table: "customers");

            migrationBuilder.DropColumn(
                name: "suppressed_matches",
                table: "register_imports");

            migrationBuilder.DropColumn(
                name: "erased_at",
                table: "data_subject_requests");

            migrationBuilder.DropColumn(
                name: "erased_at",
                table: "customers");

            migrationBuilder.AddCheckConstraint(
                name: "ck_customers_shape",
                table: "customers",
                sql: "(type = 'Consumer' AND person_id IS NOT NULL AND name IS NULL AND business_id IS NULL) OR (type = 'Organisation' AND person_id IS NULL AND name IS NOT NULL)");
        }
    }
}
