using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HardeningWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // recipients.xmin (the ETag of recipient edits) is PostgreSQL's system column: nothing to add.

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "lease_until",
                table: "recipient_notices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "leased_by",
                table: "recipient_notices",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "recipient_versions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    change = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    fields = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recipient_versions", x => x.id);
                    table.ForeignKey(
                        name: "fk_recipient_versions_recipients_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_recipient_versions_recipient_id_at",
                table: "recipient_versions",
                columns: new[] { "recipient_id", "at" });

            // Hand-written: a recipient's history is append-only like the consent ledger (ledger_append_only()
            // from the Foundation migration refuses updates, and deletions outside an erasure).
            migrationBuilder.Sql("""
                CREATE TRIGGER recipient_versions_append_only
                    BEFORE UPDATE OR DELETE ON recipient_versions
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER recipient_versions_no_truncate
                    BEFORE TRUNCATE ON recipient_versions
                    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS recipient_versions_no_truncate ON recipient_versions;
                DROP TRIGGER IF EXISTS recipient_versions_append_only ON recipient_versions;
                """);
            migrationBuilder.DropTable(
                name: "recipient_versions");

            migrationBuilder.DropColumn(
                name: "lease_until",
                table: "recipient_notices");

            migrationBuilder.DropColumn(
                name: "leased_by",
                table: "recipient_notices");
        }
    }
}
