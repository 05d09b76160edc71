using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HardeningFaults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "ix_partner_call_refusals_hour",
                table: "partner_call_refusals",
                column: "hour");

            // Hand-written: a lead claims its Idempotency-Key (INSERT … ON CONFLICT DO NOTHING) before its
            // person exists, so the key's reference to the person is checked at commit, not at once.
            migrationBuilder.Sql("ALTER TABLE lead_submissions ALTER CONSTRAINT fk_lead_submissions_persons_person_id DEFERRABLE INITIALLY DEFERRED;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE lead_submissions ALTER CONSTRAINT fk_lead_submissions_persons_person_id NOT DEFERRABLE;");

            migrationBuilder.DropTable(
                name: "partner_call_refusals");
        }
    }
}
