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

            // Normalised keys for matching prohibition registers to persons (docs/imports.md). One
            // definition, used on both sides of every match, so a person and a register line that
            // mean the same person produce the same key.
            migrationBuilder.Sql("""
                CREATE FUNCTION register_fold(value text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
                    RETURN translate(lower(value), 'äöåüéèêëáàâíìîïóòôúùûšžçñ', 'aoaueeeeaaaiiiiooouuuszcn');
                CREATE FUNCTION register_name_key(value text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
                    RETURN nullif(regexp_replace(register_fold(value), '[^a-z]', '', 'g'), '');
                -- The first given name only: a register rarely has the middle names we hold.
                CREATE FUNCTION register_first_name_key(value text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
                    RETURN register_name_key(split_part(regexp_replace(btrim(value), '\s+', ' ', 'g'), ' ', 1));
                -- Street names lose their usual abbreviations (Hämeenkatu = Hämeenk., Koivutie = Koivut.,
                -- Storgatan = Storg.), then everything but letters and digits: "Hämeenkatu 5 A 3" = "hameenk5a3".
                CREATE FUNCTION register_street_key(value text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
                    RETURN nullif(regexp_replace(
                        regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(register_fold(value),
                            '(katu|k\.)(?=[^a-z]|$)', 'k', 'g'),
                            '(tie|t\.)(?=[^a-z]|$)', 't', 'g'),
                            '(kuja|kj\.)(?=[^a-z]|$)', 'kj', 'g'),
                            '(gatan|g\.)(?=[^a-z]|$)', 'g', 'g'),
                            '(vagen|v\.)(?=[^a-z]|$)', 'v', 'g'),
                        '[^a-z0-9]', '', 'g'), '');
                CREATE FUNCTION register_postal_key(value text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
                    RETURN nullif(regexp_replace(value, '\s', '', 'g'), '');
                CREATE FUNCTION register_email_key(value text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
                    RETURN nullif(lower(btrim(value)), '');
                -- Phone numbers in international form, as persons hold them: 040 123 4567, 040-1234567,
                -- +358 (0)40 123 4567, 00358401234567 and 358401234567 are all +358401234567.
                CREATE FUNCTION register_phone_key(value text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
                    RETURN (SELECT CASE
                            WHEN length(d) < 6 THEN NULL
                            WHEN d LIKE '+%' THEN d
                            WHEN d LIKE '00%' THEN '+' || substr(d, 3)
                            WHEN d LIKE '0%' THEN '+358' || substr(d, 2)
                            WHEN d LIKE '358%' THEN '+' || d
                            ELSE '+358' || d END
                        FROM (SELECT regexp_replace(replace(value, '(0)', ''), '[^0-9+]', '', 'g') AS d) digits);
                """);

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
            migrationBuilder.Sql("""
                DROP FUNCTION register_phone_key(text); DROP FUNCTION register_email_key(text); DROP FUNCTION register_postal_key(text);
                DROP FUNCTION register_street_key(text); DROP FUNCTION register_first_name_key(text); DROP FUNCTION register_name_key(text);
                DROP FUNCTION register_fold(text);
                """);
            migrationBuilder.DropForeignKey(
                name: "fk_prohibition_registers_register_imports_current_import_id",
                table: "prohibition_registers");

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
