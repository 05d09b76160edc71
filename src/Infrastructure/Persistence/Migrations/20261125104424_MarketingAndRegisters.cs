using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MarketingAndRegisters : Migration
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

            // What an export held is a record (R6.3): never rewritten, removed only by an erasure.
            migrationBuilder.Sql("""
                CREATE TRIGGER selection_exports_append_only
                    BEFORE UPDATE OR DELETE ON selection_exports
                    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
                CREATE TRIGGER selection_export_persons_append_only
                    BEFORE UPDATE OR DELETE ON selection_export_persons
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
                name: "person_match_keys");

            migrationBuilder.DropTable(
                name: "register_matches");

            migrationBuilder.DropTable(
                name: "selection_export_persons");

            migrationBuilder.DropTable(
                name: "selection_exports");

            migrationBuilder.DropTable(
                name: "marketing_selections");

            migrationBuilder.DropTable(
                name: "register_imports");

            migrationBuilder.DropTable(
                name: "prohibition_registers");
        }
    }
}
