using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PurposesStateTheirInterest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "legitimate_interest_en",
                table: "purposes",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "legitimate_interest_fi",
                table: "purposes",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "legitimate_interest_sv",
                table: "purposes",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "legitimate_interest_en",
                table: "purposes");

            migrationBuilder.DropColumn(
                name: "legitimate_interest_fi",
                table: "purposes");

            migrationBuilder.DropColumn(
                name: "legitimate_interest_sv",
                table: "purposes");
        }
    }
}
