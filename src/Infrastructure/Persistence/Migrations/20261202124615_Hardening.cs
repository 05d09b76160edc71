using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Hardening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "session_started_at",
                table: "refresh_tokens",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

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

            migrationBuilder.AddColumn<DateOnly>(
                name: "died_on",
                table: "persons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "non_disclosure_claim_pending",
                table: "persons",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "processing_restricted",
                table: "persons",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "encryption_keys",
                columns: table => new
                {
                    key_id = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    activated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    drained_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    removed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_encryption_keys", x => x.key_id);
                });

            migrationBuilder.CreateTable(
                name: "non_disclosure_claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    origin = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    decision_note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decided_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_non_disclosure_claims", x => x.id);
                    table.CheckConstraint("ck_non_disclosure_claims_decided", "(outcome IS NULL) = (decided_at IS NULL) AND (outcome IS NULL) = (decided_by IS NULL)");
                    table.ForeignKey(
                        name: "fk_non_disclosure_claims_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partner_call_refusals",
                columns: table => new
                {
                    api_client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    hour = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    calls = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partner_call_refusals", x => new { x.api_client_id, x.hour, x.status });
                    table.CheckConstraint("ck_partner_call_refusals_status", "status BETWEEN 400 AND 599");
                    table.ForeignKey(
                        name: "fk_partner_call_refusals_api_clients_api_client_id",
                        column: x => x.api_client_id,
                        principalTable: "api_clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "sign_in_lockouts",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_network = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    failed_sign_ins = table.Column<int>(type: "integer", nullable: false),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    refused_while_locked = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_lockouts", x => new { x.user_id, x.client_network });
                    table.ForeignKey(
                        name: "fk_sign_in_lockouts_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_non_disclosure_claims_open",
                table: "non_disclosure_claims",
                column: "claimed_at",
                filter: "outcome IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_non_disclosure_claims_open_per_person",
                table: "non_disclosure_claims",
                column: "person_id",
                unique: true,
                filter: "outcome IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_partner_call_refusals_hour",
                table: "partner_call_refusals",
                column: "hour");

            migrationBuilder.CreateIndex(
                name: "ix_recipient_versions_recipient_id_at",
                table: "recipient_versions",
                columns: new[] { "recipient_id", "at" });

            // Hand-written: a session began when its family's first token was issued.
            migrationBuilder.Sql("""
                UPDATE refresh_tokens t SET session_started_at = f.started
                FROM (SELECT family_id, min(created_at) AS started FROM refresh_tokens GROUP BY family_id) f
                WHERE t.family_id = f.family_id;
                """);

            // Hand-written: at most one key is active, the one every instance writes with.
            migrationBuilder.Sql("""
                CREATE UNIQUE INDEX ux_encryption_keys_one_active ON encryption_keys ((true))
                    WHERE activated_at IS NOT NULL AND retired_at IS NULL;
                """);

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

            // Hand-written: a lead's Idempotency-Key is claimed before its person exists, so the key's
            // reference to the person is checked at commit.
            migrationBuilder.Sql("ALTER TABLE lead_submissions ALTER CONSTRAINT fk_lead_submissions_persons_person_id DEFERRABLE INITIALLY DEFERRED;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE lead_submissions ALTER CONSTRAINT fk_lead_submissions_persons_person_id NOT DEFERRABLE;");
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS recipient_versions_no_truncate ON recipient_versions;
                DROP TRIGGER IF EXISTS recipient_versions_append_only ON recipient_versions;
                """);
            migrationBuilder.DropTable(
                name: "encryption_keys");

            migrationBuilder.DropTable(
                name: "non_disclosure_claims");

            migrationBuilder.DropTable(
                name: "partner_call_refusals");

            migrationBuilder.DropTable(
                name: "recipient_versions");

            migrationBuilder.DropTable(
                name: "sign_in_lockouts");

            migrationBuilder.DropColumn(
                name: "session_started_at",
                table: "refresh_tokens");


            migrationBuilder.DropColumn(
                name: "lease_until",
                table: "recipient_notices");

            migrationBuilder.DropColumn(
                name: "leased_by",
                table: "recipient_notices");

            migrationBuilder.DropColumn(
                name: "died_on",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "non_disclosure_claim_pending",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "processing_restricted",
                table: "persons");
        }
    }
}
