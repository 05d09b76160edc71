using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MarketingAndDisclosures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "marketing_selections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    purpose_id = table.Column<Guid>(type: "uuid", nullable: false),
                    marketing_purpose = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    criteria = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_marketing_selections", x => x.id);
                    table.ForeignKey(
                        name: "fk_marketing_selections_purposes_purpose_id",
                        column: x => x.purpose_id,
                        principalTable: "purposes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "person_match_keys",
                columns: table => new
                {
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    email = table.Column<string>(type: "text", nullable: true),
                    first_name = table.Column<string>(type: "text", nullable: true),
                    last_name = table.Column<string>(type: "text", nullable: true),
                    mobile = table.Column<string>(type: "text", nullable: true),
                    phone = table.Column<string>(type: "text", nullable: true),
                    postal_code = table.Column<string>(type: "text", nullable: true),
                    street = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_person_match_keys", x => x.person_id);
                    table.ForeignKey(
                        name: "fk_person_match_keys_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recipients",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    business_id = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    contact = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    purposes = table.Column<List<string>>(type: "text[]", nullable: false),
                    data_categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    agreement_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    agreement_date = table.Column<DateOnly>(type: "date", nullable: true),
                    safeguard = table.Column<string>(type: "jsonb", nullable: true),
                    webhook_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    webhook_secret = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recipients", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "selection_exports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    selection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    criteria = table.Column<string>(type: "jsonb", nullable: false),
                    person_count = table.Column<long>(type: "bigint", nullable: false),
                    exported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    exported_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    exported_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selection_exports", x => x.id);
                    table.ForeignKey(
                        name: "fk_selection_exports_marketing_selections_selection_id",
                        column: x => x.selection_id,
                        principalTable: "marketing_selections",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_selection_exports_purposes_purpose_id",
                        column: x => x.purpose_id,
                        principalTable: "purposes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "api_clients",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    client_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    secret_hash = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    scopes = table.Column<List<string>>(type: "text[]", nullable: false),
                    generation = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    rotated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_api_clients", x => x.id);
                    table.ForeignKey(
                        name: "fk_api_clients_recipients_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "disclosures",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    purpose_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    data_categories = table.Column<List<string>>(type: "text[]", nullable: false),
                    legal_reference = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    selection_id = table.Column<Guid>(type: "uuid", nullable: true),
                    person_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    made_by_user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    made_by_client_id = table.Column<Guid>(type: "uuid", nullable: true),
                    made_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disclosures", x => x.id);
                    table.ForeignKey(
                        name: "fk_disclosures_recipients_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "recipient_notices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recipient_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    abandoned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_result = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recipient_notices", x => x.id);
                    table.ForeignKey(
                        name: "fk_recipient_notices_recipients_recipient_id",
                        column: x => x.recipient_id,
                        principalTable: "recipients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "selection_export_persons",
                columns: table => new
                {
                    export_id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_selection_export_persons", x => new { x.export_id, x.person_id });
                    table.ForeignKey(
                        name: "fk_selection_export_persons_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_selection_export_persons_selection_exports_export_id",
                        column: x => x.export_id,
                        principalTable: "selection_exports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lead_submissions",
                columns: table => new
                {
                    api_client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lead_submissions", x => new { x.api_client_id, x.key });
                    table.ForeignKey(
                        name: "fk_lead_submissions_api_clients_api_client_id",
                        column: x => x.api_client_id,
                        principalTable: "api_clients",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_lead_submissions_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "prohibition_registers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    channels = table.Column<string[]>(type: "text[]", nullable: false),
                    current_import_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_prohibition_registers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "register_imports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    register_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_date = table.Column<DateOnly>(type: "date", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rows_read = table.Column<long>(type: "bigint", nullable: false),
                    matches = table.Column<long>(type: "bigint", nullable: false),
                    matched_persons = table.Column<long>(type: "bigint", nullable: false),
                    encoding = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    error_count = table.Column<long>(type: "bigint", nullable: false),
                    errors = table.Column<string>(type: "jsonb", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_imports", x => x.id);
                    table.CheckConstraint("ck_register_imports_finished", "(status = 'Running') = (finished_at IS NULL)");
                    table.ForeignKey(
                        name: "fk_register_imports_prohibition_registers_register_id",
                        column: x => x.register_id,
                        principalTable: "prohibition_registers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "register_entries",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    email = table.Column<string>(type: "text", nullable: true),
                    first_name = table.Column<string>(type: "text", nullable: true),
                    last_name = table.Column<string>(type: "text", nullable: true),
                    phone = table.Column<string>(type: "text", nullable: true),
                    postal_code = table.Column<string>(type: "text", nullable: true),
                    street = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_entries", x => new { x.import_id, x.line });
                    table.ForeignKey(
                        name: "fk_register_entries_register_imports_import_id",
                        column: x => x.import_id,
                        principalTable: "register_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "register_matches",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reasons = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_matches", x => new { x.import_id, x.line, x.person_id });
                    table.ForeignKey(
                        name: "fk_register_matches_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_register_matches_register_imports_import_id",
                        column: x => x.import_id,
                        principalTable: "register_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_api_clients_client_id",
                table: "api_clients",
                column: "client_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_api_clients_recipient_id",
                table: "api_clients",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_disclosures_at",
                table: "disclosures",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_disclosures_person_ids",
                table: "disclosures",
                column: "person_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_disclosures_recipient_id_at",
                table: "disclosures",
                columns: new[] { "recipient_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_lead_submissions_person_id",
                table: "lead_submissions",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_marketing_selections_created_at",
                table: "marketing_selections",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_marketing_selections_purpose_id",
                table: "marketing_selections",
                column: "purpose_id");

            migrationBuilder.CreateIndex(
                name: "ix_prohibition_registers_current_import_id",
                table: "prohibition_registers",
                column: "current_import_id");

            migrationBuilder.CreateIndex(
                name: "ix_prohibition_registers_name",
                table: "prohibition_registers",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_recipient_notices_next_attempt_at",
                table: "recipient_notices",
                column: "next_attempt_at",
                filter: "delivered_at IS NULL AND abandoned_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_recipient_notices_person_id_occurred_at",
                table: "recipient_notices",
                columns: new[] { "person_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_recipient_notices_recipient_id",
                table: "recipient_notices",
                column: "recipient_id");

            migrationBuilder.CreateIndex(
                name: "ix_recipients_name",
                table: "recipients",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_register_entries_email",
                table: "register_entries",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "ix_register_entries_last_name_postal_code",
                table: "register_entries",
                columns: new[] { "last_name", "postal_code" });

            migrationBuilder.CreateIndex(
                name: "ix_register_entries_phone",
                table: "register_entries",
                column: "phone");

            migrationBuilder.CreateIndex(
                name: "ix_register_imports_register_id_started_at",
                table: "register_imports",
                columns: new[] { "register_id", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_register_imports_status",
                table: "register_imports",
                column: "status",
                filter: "status = 'Running'");

            migrationBuilder.CreateIndex(
                name: "ix_register_matches_person_id",
                table: "register_matches",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_selection_export_persons_person_id",
                table: "selection_export_persons",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_selection_exports_purpose_id",
                table: "selection_exports",
                column: "purpose_id");

            migrationBuilder.CreateIndex(
                name: "ix_selection_exports_selection_id_exported_at",
                table: "selection_exports",
                columns: new[] { "selection_id", "exported_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_prohibition_registers_register_imports_current_import_id",
                table: "prohibition_registers",
                column: "current_import_id",
                principalTable: "register_imports",
                principalColumn: "id",
                onDelete: ReferentialAction.Restrict);

            // What an export held and what was disclosed are records (R6.3): never rewritten, removed only by an erasure.
            migrationBuilder.Sql("""
                CREATE TRIGGER selection_exports_append_only
                    BEFORE UPDATE OR DELETE ON selection_exports
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER selection_export_persons_append_only
                    BEFORE UPDATE OR DELETE ON selection_export_persons
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER disclosures_append_only
                    BEFORE UPDATE OR DELETE ON disclosures
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_prohibition_registers_register_imports_current_import_id",
                table: "prohibition_registers");

            migrationBuilder.DropTable(
                name: "disclosures");

            migrationBuilder.DropTable(
                name: "lead_submissions");

            migrationBuilder.DropTable(
                name: "person_match_keys");

            migrationBuilder.DropTable(
                name: "recipient_notices");

            migrationBuilder.DropTable(
                name: "register_entries");

            migrationBuilder.DropTable(
                name: "register_matches");

            migrationBuilder.DropTable(
                name: "selection_export_persons");

            migrationBuilder.DropTable(
                name: "api_clients");

            migrationBuilder.DropTable(
                name: "selection_exports");

            migrationBuilder.DropTable(
                name: "recipients");

            migrationBuilder.DropTable(
                name: "marketing_selections");

            migrationBuilder.DropTable(
                name: "register_imports");

            migrationBuilder.DropTable(
                name: "prohibition_registers");
        }
    }
}
