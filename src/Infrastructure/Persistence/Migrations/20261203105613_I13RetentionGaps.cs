using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class I13RetentionGaps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "assets",
                table: "retention_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "contact_person_links",
                table: "retention_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "interests",
                table: "retention_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "phase",
                table: "retention_runs",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "problems",
                table: "retention_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "purchases",
                table: "retention_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "remote_accesses",
                table: "retention_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "retention_runs",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                // Every run before this one finished in its one transaction.
                defaultValue: "Completed");

            migrationBuilder.AddColumn<int>(
                name: "warranties",
                table: "retention_runs",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "assets",
                table: "retention_runs");

            migrationBuilder.DropColumn(
                name: "contact_person_links",
                table: "retention_runs");

            migrationBuilder.DropColumn(
                name: "interests",
                table: "retention_runs");

            migrationBuilder.DropColumn(
                name: "phase",
                table: "retention_runs");

            migrationBuilder.DropColumn(
                name: "problems",
                table: "retention_runs");

            migrationBuilder.DropColumn(
                name: "purchases",
                table: "retention_runs");

            migrationBuilder.DropColumn(
                name: "remote_accesses",
                table: "retention_runs");

            migrationBuilder.DropColumn(
                name: "status",
                table: "retention_runs");

            migrationBuilder.DropColumn(
                name: "warranties",
                table: "retention_runs");
        }
    }
}
