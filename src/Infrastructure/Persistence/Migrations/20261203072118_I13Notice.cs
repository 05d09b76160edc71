using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class I13Notice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "notice_version",
                table: "consent_events",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "controller_details",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    business_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    postal_code = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    city = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_phone = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    provision_of_data_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    provision_of_data_fi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    provision_of_data_sv = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    safeguards_copy_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    safeguards_copy_fi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    safeguards_copy_sv = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    security_measures_en = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    security_measures_fi = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    security_measures_sv = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_controller_details", x => x.id);
                    table.CheckConstraint("ck_controller_details_single_row", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "privacy_notice_versions",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_privacy_notice_versions", x => x.number);
                    table.CheckConstraint("ck_privacy_notice_versions_number", "number >= 1");
                });

            migrationBuilder.CreateIndex(
                name: "ix_consent_events_notice_version",
                table: "consent_events",
                column: "notice_version");

            migrationBuilder.AddForeignKey(
                name: "fk_consent_events_privacy_notice_versions_notice_version",
                table: "consent_events",
                column: "notice_version",
                principalTable: "privacy_notice_versions",
                principalColumn: "number",
                onDelete: ReferentialAction.Restrict);

            // BEGIN HAND-WRITTEN SQL
            // A published privacy notice is never changed: the database refuses updates (ledger_append_only() from the Foundation
            // migration; it lets rows go only where a session says hsworks.erasure = 'on', which the test reset does and nothing else).
            migrationBuilder.Sql("""
                CREATE TRIGGER privacy_notice_versions_immutable
                    BEFORE UPDATE OR DELETE ON privacy_notice_versions
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER privacy_notice_versions_no_truncate
                    BEFORE TRUNCATE ON privacy_notice_versions
                    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
                """);
            // END HAND-WRITTEN SQL
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // BEGIN HAND-WRITTEN SQL
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS privacy_notice_versions_no_truncate ON privacy_notice_versions;
                DROP TRIGGER IF EXISTS privacy_notice_versions_immutable ON privacy_notice_versions;
                """);
            // END HAND-WRITTEN SQL

            migrationBuilder.DropForeignKey(
                name: "fk_consent_events_privacy_notice_versions_notice_version",
                table: "consent_events");

            migrationBuilder.DropTable(
                name: "controller_details");

            migrationBuilder.DropTable(
                name: "privacy_notice_versions");

            migrationBuilder.DropIndex(
                name: "ix_consent_events_notice_version",
                table: "consent_events");

            migrationBuilder.DropColumn(
                name: "notice_version",
                table: "consent_events");
        }
    }
}
