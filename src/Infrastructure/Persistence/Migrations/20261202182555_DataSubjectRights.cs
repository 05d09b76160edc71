using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DataSubjectRights : Migration
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
                name: "objected_at",
                table: "data_subject_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "objection_decided_at",
                table: "data_subject_requests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "objection_decided_by",
                table: "data_subject_requests",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "objection_decision",
                table: "data_subject_requests",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "objection_decision_reasons",
                table: "data_subject_requests",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "objection_kind",
                table: "data_subject_requests",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

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

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "erased_at",
                table: "customers",
                type: "timestamp with time zone",
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

            migrationBuilder.CreateTable(
                name: "data_subject_request_rectified_fields",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    field = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    before = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    after = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_subject_request_rectified_fields", x => x.id);
                    table.ForeignKey(
                        name: "fk_data_subject_request_rectified_fields_data_subject_requests",
                        column: x => x.request_id,
                        principalTable: "data_subject_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "manual_recipient_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    told_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_manual_recipient_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_manual_recipient_notices_data_subject_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "data_subject_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_manual_recipient_notices_recipients_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "processing_restrictions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    until = table.Column<DateOnly>(type: "date", nullable: true),
                    placed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    placed_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    lifted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lifted_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    person_told_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processing_restrictions", x => x.id);
                    table.CheckConstraint("ck_processing_restrictions_lifted", "(lifted_at IS NULL) = (lifted_by IS NULL) AND (lifted_at IS NULL) = (person_told_at IS NULL)");
                    table.CheckConstraint("ck_processing_restrictions_period", "until IS NULL OR until >= \"from\"");
                    table.ForeignKey(
                        name: "fk_processing_restrictions_data_subject_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "data_subject_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_processing_restrictions_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "restricted_uses",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    restriction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ground = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    use = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_restricted_uses", x => x.id);
                    table.ForeignKey(
                        name: "fk_restricted_uses_processing_restrictions_restriction_id",
                        column: x => x.restriction_id,
                        principalTable: "processing_restrictions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_data_subject_requests_objection",
                table: "data_subject_requests",
                sql: "(objection_kind IS NULL) = (objected_at IS NULL) AND (objection_decided_at IS NULL) = (objection_decision IS NULL) AND (objection_decided_at IS NULL) = (objection_decision_reasons IS NULL) AND (objection_decided_at IS NULL) = (objection_decided_by IS NULL) AND (objection_decision IS NULL OR objection_kind = 'OtherProcessing')");

            migrationBuilder.AddCheckConstraint(
                name: "ck_customers_shape",
                table: "customers",
                sql: "(type = 'Consumer' AND (person_id IS NOT NULL OR erased_at IS NOT NULL) AND name IS NULL AND business_id IS NULL) OR (type = 'Organisation' AND person_id IS NULL AND name IS NOT NULL)");

            migrationBuilder.CreateIndex(
                name: "ix_access_reports_request_id_generated_at",
                table: "access_reports",
                columns: new[] { "request_id", "generated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_data_subject_request_rectified_fields_person_id",
                table: "data_subject_request_rectified_fields",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_data_subject_request_rectified_fields_request_id_id",
                table: "data_subject_request_rectified_fields",
                columns: new[] { "request_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_erasure_items_person_id",
                table: "erasure_items",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_erasure_items_request_id_id",
                table: "erasure_items",
                columns: new[] { "request_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_manual_recipient_notices_recipient_id",
                table: "manual_recipient_notices",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_manual_recipient_notices_request_id_recipient_id",
                table: "manual_recipient_notices",
                columns: new[] { "request_id", "recipient_id" });

            migrationBuilder.CreateIndex(
                name: "ix_processing_restrictions_request_id",
                table: "processing_restrictions",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "ux_processing_restrictions_active_person",
                table: "processing_restrictions",
                column: "person_id",
                unique: true,
                filter: "lifted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_restricted_uses_person_id_at",
                table: "restricted_uses",
                columns: new[] { "person_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_restricted_uses_restriction_id",
                table: "restricted_uses",
                column: "restriction_id");

            migrationBuilder.CreateIndex(
                name: "ix_suppression_records_request_id",
                table: "suppression_records",
                column: "request_id");

            // BEGIN HAND-WRITTEN SQL
            // Rectified fields, uses of restricted data and manual notices to recipients are records of proof: append-only like
            // the request's timeline (ledger_append_only() refuses updates, and deletions outside an erasure).
            migrationBuilder.Sql("""
                CREATE TRIGGER data_subject_request_rectified_fields_append_only
                    BEFORE UPDATE OR DELETE ON data_subject_request_rectified_fields
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER data_subject_request_rectified_fields_no_truncate
                    BEFORE TRUNCATE ON data_subject_request_rectified_fields
                    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER restricted_uses_append_only
                    BEFORE UPDATE OR DELETE ON restricted_uses
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER restricted_uses_no_truncate
                    BEFORE TRUNCATE ON restricted_uses
                    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER manual_recipient_notices_append_only
                    BEFORE UPDATE OR DELETE ON manual_recipient_notices
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER manual_recipient_notices_no_truncate
                    BEFORE TRUNCATE ON manual_recipient_notices
                    FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
                """);
            // END HAND-WRITTEN SQL

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
            // BEGIN HAND-WRITTEN SQL
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS data_subject_request_rectified_fields_no_truncate ON data_subject_request_rectified_fields;
                DROP TRIGGER IF EXISTS data_subject_request_rectified_fields_append_only ON data_subject_request_rectified_fields;
                DROP TRIGGER IF EXISTS restricted_uses_no_truncate ON restricted_uses;
                DROP TRIGGER IF EXISTS restricted_uses_append_only ON restricted_uses;
                DROP TRIGGER IF EXISTS manual_recipient_notices_no_truncate ON manual_recipient_notices;
                DROP TRIGGER IF EXISTS manual_recipient_notices_append_only ON manual_recipient_notices;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS erasure_items_no_truncate ON erasure_items;
                DROP TRIGGER IF EXISTS erasure_items_append_only ON erasure_items;
                """);
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS access_reports_no_truncate ON access_reports;
                DROP TRIGGER IF EXISTS access_reports_append_only ON access_reports;
                """);
            // END HAND-WRITTEN SQL

            migrationBuilder.DropTable(
                name: "access_reports");

            migrationBuilder.DropTable(
                name: "data_subject_request_rectified_fields");

            migrationBuilder.DropTable(
                name: "erasure_items");

            migrationBuilder.DropTable(
                name: "manual_recipient_notices");

            migrationBuilder.DropTable(
                name: "restricted_uses");

            migrationBuilder.DropTable(
                name: "suppression_records");

            migrationBuilder.DropTable(
                name: "processing_restrictions");

            migrationBuilder.DropCheckConstraint(
                name: "ck_data_subject_requests_objection",
                table: "data_subject_requests");

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
                name: "objected_at",
                table: "data_subject_requests");

            migrationBuilder.DropColumn(
                name: "objection_decided_at",
                table: "data_subject_requests");

            migrationBuilder.DropColumn(
                name: "objection_decided_by",
                table: "data_subject_requests");

            migrationBuilder.DropColumn(
                name: "objection_decision",
                table: "data_subject_requests");

            migrationBuilder.DropColumn(
                name: "objection_decision_reasons",
                table: "data_subject_requests");

            migrationBuilder.DropColumn(
                name: "objection_kind",
                table: "data_subject_requests");

            migrationBuilder.DropColumn(
                name: "staff_names_essential",
                table: "data_subject_requests");

            migrationBuilder.DropColumn(
                name: "staff_names_reason",
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
