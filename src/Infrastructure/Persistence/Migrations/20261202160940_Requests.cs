using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Requests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "data_subject_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    requester_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requester_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    requester_phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    requester_address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    requester_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    registered_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    person_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    assignee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    verification_method = table.Column<string>(type: "character varying(48)", maxLength: 48, nullable: true),
                    verification_note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    identity_verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    identity_verified_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    identification_asked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    identification_arrived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paused_days = table.Column<int>(type: "integer", nullable: false),
                    first_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    extended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    extended_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    extension_reasons = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    extension_told_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    completion_summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    rejection_ground = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    remedies_told = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_subject_requests", x => x.id);
                    table.CheckConstraint("ck_data_subject_requests_closed", "(closed_at IS NULL) = (status NOT IN ('Completed', 'Rejected')) AND (closed_at IS NULL) = (closed_by IS NULL)");
                    table.CheckConstraint("ck_data_subject_requests_due", "due_on >= first_due_on");
                    table.CheckConstraint("ck_data_subject_requests_extended", "(extended_at IS NULL) = (extension_reasons IS NULL) AND (extended_at IS NULL) = (extended_by IS NULL) AND (extended_at IS NULL) = (extension_told_at IS NULL)");
                    table.CheckConstraint("ck_data_subject_requests_identification", "(identification_arrived_at IS NULL OR (identification_asked_at IS NOT NULL AND identification_arrived_at >= identification_asked_at)) AND paused_days >= 0");
                    table.CheckConstraint("ck_data_subject_requests_rejected", "(status = 'Rejected') = (rejection_reason IS NOT NULL) AND (status <> 'Rejected' OR remedies_told) AND (rejection_ground IS NULL OR status = 'Rejected')");
                    table.CheckConstraint("ck_data_subject_requests_verified", "(identity_verified_at IS NULL) = (verification_method IS NULL) AND (identity_verified_at IS NULL) = (identity_verified_by IS NULL)");
                    table.ForeignKey(
                        name: "fk_data_subject_requests_users_assignee_id",
                        column: x => x.assignee_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "data_subject_request_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    step = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_subject_request_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_data_subject_request_events_data_subject_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "data_subject_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_data_subject_request_events_request_id_id",
                table: "data_subject_request_events",
                columns: new[] { "request_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_data_subject_requests_assignee_id",
                table: "data_subject_requests",
                column: "assignee_id");

            migrationBuilder.CreateIndex(
                name: "ix_data_subject_requests_open_due_on",
                table: "data_subject_requests",
                column: "due_on",
                filter: "closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_data_subject_requests_person_ids",
                table: "data_subject_requests",
                column: "person_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_data_subject_requests_status_due_on",
                table: "data_subject_requests",
                columns: new[] { "status", "due_on" });

            // Hand-written: a request's timeline is append-only like the consent ledger (ledger_append_only()
            // from the Foundation migration refuses updates, and deletions outside an erasure).
            migrationBuilder.Sql("""
                CREATE TRIGGER data_subject_request_events_append_only
                    BEFORE UPDATE OR DELETE ON data_subject_request_events
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER data_subject_request_events_no_truncate
                    BEFORE TRUNCATE ON data_subject_request_events
                    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS data_subject_request_events_no_truncate ON data_subject_request_events;
                DROP TRIGGER IF EXISTS data_subject_request_events_append_only ON data_subject_request_events;
                """);
            migrationBuilder.DropTable(
                name: "data_subject_request_events");

            migrationBuilder.DropTable(
                name: "data_subject_requests");
        }
    }
}
