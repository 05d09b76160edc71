using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HistoryProtections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_non_disclosure_changes_persons_person_id",
                table: "non_disclosure_changes");

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "prohibitions",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "problems",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "invoices",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddForeignKey(
                name: "fk_non_disclosure_changes_persons_person_id",
                table: "non_disclosure_changes",
                column: "person_id",
                principalTable: "persons",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // Histories of the marking and of invoice collection are append-only like the consent ledger.
            migrationBuilder.Sql("""
                CREATE TRIGGER non_disclosure_changes_append_only
                    BEFORE UPDATE OR DELETE ON non_disclosure_changes
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER invoice_status_changes_append_only
                    BEFORE UPDATE OR DELETE ON invoice_status_changes
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS non_disclosure_changes_append_only ON non_disclosure_changes; DROP TRIGGER IF EXISTS invoice_status_changes_append_only ON invoice_status_changes;");
            migrationBuilder.DropForeignKey(
                name: "fk_non_disclosure_changes_persons_person_id",
                table: "non_disclosure_changes");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "prohibitions");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "problems");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "invoices");

            migrationBuilder.AddForeignKey(
                name: "fk_non_disclosure_changes_persons_person_id",
                table: "non_disclosure_changes",
                column: "person_id",
                principalTable: "persons",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
