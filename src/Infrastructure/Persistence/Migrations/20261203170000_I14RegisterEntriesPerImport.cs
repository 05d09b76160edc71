using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HsWorks.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Issue 14: a prohibition register's file of 1,000,000 lines within a small multiple of a raw COPY. Each import's lines get a
    /// partition of their own, so an import copies into a bare table, builds its indexes once after the COPY and attaches it, and
    /// the replaced snapshot's lines go by dropping their partition instead of deleting a million rows (RegisterImportRunner).
    /// The EF model is unchanged: the partitioned table has the same columns, key, foreign key and indexes.
    /// </summary>
    public partial class I14RegisterEntriesPerImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE register_entries RENAME TO register_entries_legacy;
                ALTER TABLE register_entries_legacy RENAME CONSTRAINT pk_register_entries TO pk_register_entries_legacy;
                ALTER TABLE register_entries_legacy RENAME CONSTRAINT fk_register_entries_register_imports_import_id TO fk_register_entries_legacy_import_id;
                ALTER INDEX ix_register_entries_email RENAME TO ix_register_entries_legacy_email;
                ALTER INDEX ix_register_entries_phone RENAME TO ix_register_entries_legacy_phone;
                ALTER INDEX ix_register_entries_last_name_postal_code RENAME TO ix_register_entries_legacy_last_name_postal_code;

                CREATE TABLE register_entries (
                    import_id uuid NOT NULL,
                    line bigint NOT NULL,
                    email text,
                    first_name text,
                    last_name text,
                    phone text,
                    postal_code text,
                    street text,
                    CONSTRAINT pk_register_entries PRIMARY KEY (import_id, line),
                    CONSTRAINT fk_register_entries_register_imports_import_id FOREIGN KEY (import_id)
                        REFERENCES register_imports (id) ON DELETE CASCADE)
                PARTITION BY LIST (import_id);
                CREATE INDEX ix_register_entries_email ON register_entries (email);
                CREATE INDEX ix_register_entries_phone ON register_entries (phone);
                CREATE INDEX ix_register_entries_last_name_postal_code ON register_entries (last_name, postal_code);

                -- The lines of the snapshots in force stay where they are, as one partition (copying a million lines through four
                -- indexes here would hold up the start); RegisterEntryPartition.DropAsync removes them when their imports are replaced.
                DO $$
                DECLARE imports text;
                BEGIN
                    SELECT string_agg(quote_literal(import_id), ', ') INTO imports FROM (SELECT DISTINCT import_id FROM register_entries_legacy) i;
                    IF imports IS NULL THEN
                        DROP TABLE register_entries_legacy;
                    ELSE
                        EXECUTE format('ALTER TABLE register_entries ATTACH PARTITION register_entries_legacy FOR VALUES IN (%s)', imports);
                    END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE register_entries_previous (
                    import_id uuid NOT NULL,
                    line bigint NOT NULL,
                    email text,
                    first_name text,
                    last_name text,
                    phone text,
                    postal_code text,
                    street text,
                    CONSTRAINT pk_register_entries_previous PRIMARY KEY (import_id, line),
                    CONSTRAINT fk_register_entries_previous_import_id FOREIGN KEY (import_id)
                        REFERENCES register_imports (id) ON DELETE CASCADE);
                INSERT INTO register_entries_previous (import_id, line, email, first_name, last_name, phone, postal_code, street)
                SELECT import_id, line, email, first_name, last_name, phone, postal_code, street FROM register_entries;
                DROP TABLE register_entries;
                ALTER TABLE register_entries_previous RENAME TO register_entries;
                ALTER TABLE register_entries RENAME CONSTRAINT pk_register_entries_previous TO pk_register_entries;
                ALTER TABLE register_entries RENAME CONSTRAINT fk_register_entries_previous_import_id TO fk_register_entries_register_imports_import_id;
                CREATE INDEX ix_register_entries_email ON register_entries (email);
                CREATE INDEX ix_register_entries_phone ON register_entries (phone);
                CREATE INDEX ix_register_entries_last_name_postal_code ON register_entries (last_name, postal_code);
                """);
        }
    }
}
