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
                ALTER TABLE register_entries RENAME TO register_entries_unpartitioned;
                ALTER TABLE register_entries_unpartitioned RENAME CONSTRAINT pk_register_entries TO pk_register_entries_unpartitioned;
                ALTER TABLE register_entries_unpartitioned RENAME CONSTRAINT fk_register_entries_register_imports_import_id
                    TO fk_register_entries_unpartitioned_import_id;
                ALTER INDEX ix_register_entries_email RENAME TO ix_register_entries_unpartitioned_email;
                ALTER INDEX ix_register_entries_phone RENAME TO ix_register_entries_unpartitioned_phone;
                ALTER INDEX ix_register_entries_last_name_postal_code RENAME TO ix_register_entries_unpartitioned_last_name_postal_code;

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

                DO $$
                DECLARE import uuid;
                BEGIN
                    FOR import IN SELECT DISTINCT import_id FROM register_entries_unpartitioned LOOP
                        EXECUTE format('CREATE TABLE %I PARTITION OF register_entries FOR VALUES IN (%L)',
                                       'register_entries_' || replace(import::text, '-', ''), import);
                    END LOOP;
                END $$;
                INSERT INTO register_entries (import_id, line, email, first_name, last_name, phone, postal_code, street)
                SELECT import_id, line, email, first_name, last_name, phone, postal_code, street FROM register_entries_unpartitioned;
                DROP TABLE register_entries_unpartitioned;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE register_entries_unpartitioned (
                    import_id uuid NOT NULL,
                    line bigint NOT NULL,
                    email text,
                    first_name text,
                    last_name text,
                    phone text,
                    postal_code text,
                    street text,
                    CONSTRAINT pk_register_entries_unpartitioned PRIMARY KEY (import_id, line),
                    CONSTRAINT fk_register_entries_unpartitioned_import_id FOREIGN KEY (import_id)
                        REFERENCES register_imports (id) ON DELETE CASCADE);
                INSERT INTO register_entries_unpartitioned (import_id, line, email, first_name, last_name, phone, postal_code, street)
                SELECT import_id, line, email, first_name, last_name, phone, postal_code, street FROM register_entries;
                DROP TABLE register_entries;
                ALTER TABLE register_entries_unpartitioned RENAME TO register_entries;
                ALTER TABLE register_entries RENAME CONSTRAINT pk_register_entries_unpartitioned TO pk_register_entries;
                ALTER TABLE register_entries RENAME CONSTRAINT fk_register_entries_unpartitioned_import_id TO fk_register_entries_register_imports_import_id;
                CREATE INDEX ix_register_entries_email ON register_entries (email);
                CREATE INDEX ix_register_entries_phone ON register_entries (phone);
                CREATE INDEX ix_register_entries_last_name_postal_code ON register_entries (last_name, postal_code);
                """);
        }
    }
}
