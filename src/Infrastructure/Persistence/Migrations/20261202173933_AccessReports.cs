using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AccessReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "staff_names_essential",
                table: "data_subject_requests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "staff_names_reason",
                table: "data_subject_requests",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "access_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    generated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    generated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    content = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_access_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_access_reports_data_subject_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "data_subject_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_access_reports_request_id_generated_at",
                table: "access_reports",
                columns: new[] { "request_id", "generated_at" });

            // BEGIN HAND-WRITTEN SQL
            // A generated access report is kept as it was given, like the request's timeline (ledger_append_only() from the
            // Foundation migration refuses updates, and deletions outside an erasure).
            migrationBuilder.Sql("""
                CREATE TRIGGER access_reports_append_only
                    BEFORE UPDATE OR DELETE ON access_reports
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER access_reports_no_truncate
                    BEFORE TRUNCATE ON access_reports
                    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
                """);
            // END HAND-WRITTEN SQL
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS access_reports_no_truncate ON access_reports;
                DROP TRIGGER IF EXISTS access_reports_append_only ON access_reports;
                """);
            migrationBuilder.DropTable(
                name: "access_reports");

            migrationBuilder.DropColumn(
                name: "staff_names_essential",
                table: "data_subject_requests");

            migrationBuilder.DropColumn(
                name: "staff_names_reason",
                table: "data_subject_requests");
        }
    }
}
