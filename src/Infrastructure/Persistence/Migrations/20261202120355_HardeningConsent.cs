using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HardeningConsent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "non_disclosure_claims");

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
