using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class HardeningSecrets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            // Custom SQL (HardeningSecrets): at most one key is active, the one every instance writes with.
            migrationBuilder.Sql("""
                CREATE UNIQUE INDEX ux_encryption_keys_one_active ON encryption_keys ((true))
                    WHERE activated_at IS NOT NULL AND retired_at IS NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "encryption_keys");
        }
    }
}
