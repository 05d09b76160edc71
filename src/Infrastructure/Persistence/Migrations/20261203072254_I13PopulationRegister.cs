using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class I13PopulationRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "address_changed_on",
                table: "persons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "identity_code_lookup",
                table: "persons",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "name_changed_on",
                table: "persons",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "non_disclosure_ends_on",
                table: "persons",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "population_register_imports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    format = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    rows_read = table.Column<long>(type: "bigint", nullable: false),
                    changes_read = table.Column<long>(type: "bigint", nullable: false),
                    updated_persons = table.Column<long>(type: "bigint", nullable: false),
                    unmatched_rows = table.Column<long>(type: "bigint", nullable: false),
                    name_changes = table.Column<long>(type: "bigint", nullable: false),
                    address_changes = table.Column<long>(type: "bigint", nullable: false),
                    addresses_withheld = table.Column<long>(type: "bigint", nullable: false),
                    markings_set = table.Column<long>(type: "bigint", nullable: false),
                    markings_cleared = table.Column<long>(type: "bigint", nullable: false),
                    deaths = table.Column<long>(type: "bigint", nullable: false),
                    code_corrections = table.Column<long>(type: "bigint", nullable: false),
                    error_count = table.Column<long>(type: "bigint", nullable: false),
                    errors = table.Column<string>(type: "jsonb", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_population_register_imports", x => x.id);
                    table.CheckConstraint("ck_population_register_imports_finished", "(status = 'Running') = (finished_at IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "population_register_changes",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    seq = table.Column<int>(type: "integer", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    change_date = table.Column<DateOnly>(type: "date", nullable: false),
                    fields = table.Column<List<string>>(type: "text[]", nullable: false),
                    non_disclosure_ends_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_population_register_changes", x => new { x.import_id, x.line, x.seq, x.person_id });
                    table.ForeignKey(
                        name: "fk_population_register_changes_persons_person_id",
                        column: x => x.person_id,
                        principalTable: "persons",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_population_register_changes_population_register_imports_imp",
                        column: x => x.import_id,
                        principalTable: "population_register_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "population_register_unmatched",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    groups = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_population_register_unmatched", x => new { x.import_id, x.line });
                    table.ForeignKey(
                        name: "fk_population_register_unmatched_population_register_imports_i",
                        column: x => x.import_id,
                        principalTable: "population_register_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_persons_identity_code_lookup",
                table: "persons",
                column: "identity_code_lookup");

            migrationBuilder.CreateIndex(
                name: "ix_population_register_changes_person_id",
                table: "population_register_changes",
                column: "person_id");

            migrationBuilder.CreateIndex(
                name: "ix_population_register_imports_started_at",
                table: "population_register_imports",
                column: "started_at");

            migrationBuilder.CreateIndex(
                name: "ix_population_register_imports_status",
                table: "population_register_imports",
                column: "status",
                filter: "status = 'Running'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "population_register_changes");

            migrationBuilder.DropTable(
                name: "population_register_unmatched");

            migrationBuilder.DropTable(
                name: "population_register_imports");

            migrationBuilder.DropIndex(
                name: "ix_persons_identity_code_lookup",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "address_changed_on",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "identity_code_lookup",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "name_changed_on",
                table: "persons");

            migrationBuilder.DropColumn(
                name: "non_disclosure_ends_on",
                table: "persons");
        }
    }
}
