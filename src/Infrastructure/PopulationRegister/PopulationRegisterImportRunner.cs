using System.Text;
using HsWorks.Domain.Audit;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Persons;
using HsWorks.Domain.PopulationRegister;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.ProhibitionRegisters;
using HsWorks.Infrastructure.Search;
using HsWorks.Infrastructure.Security;
using HsWorks.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace HsWorks.Infrastructure.PopulationRegister;

/// <summary>
/// Runs one change-file import (docs/population-register.md). Every line is read and validated first, the good changes streamed
/// with binary COPY into a temporary table keyed by the identity-code lookup; a file with any bad line is rejected with the lines'
/// numbers and changes nothing. Otherwise every change is applied by set-based SQL in one transaction: names and addresses with
/// their source and date, the non-disclosure marking, the date of death, identity-code corrections; each change is recorded and
/// audited, and every recipient of a changed person's data gets a notice (personRectified) in the same transaction.
/// </summary>
internal sealed class PopulationRegisterImportRunner(
    HsWorksDbContext db, FieldProtector protector, IdentityCodeLookup lookup, TimeProvider clock, ILogger<PopulationRegisterImportRunner> logger)
{
    private const int ProgressEvery = 20_000;

    private const string Staging = "population_changes_in";

    public async Task RunAsync(Guid importId, string path, Action<ImportProgress> report, CancellationToken cancellationToken)
    {
        var import = await db.PopulationRegisterImports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null || import.Status != ImportStatus.Running) return;
        if (!File.Exists(path))
        {
            await FailAsync(import, 0, [new ImportProblem("importFileLost").At(0)], 1, cancellationToken);
            return;
        }
        // Applying a million changes takes longer than a request's statement may.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(20));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One change file at a time: a later file's changes come after an earlier one's.
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('population_register_import'))", cancellationToken);
        await db.Database.ExecuteSqlRawAsync($"""
            CREATE TEMP TABLE {Staging} (
                line bigint NOT NULL, seq int NOT NULL, lookup bytea NOT NULL, grp text NOT NULL, change_date date NOT NULL,
                first_names text, last_name text, street text, postal_code text, city text, withheld boolean NOT NULL,
                marking boolean, marking_ends date, died_on date, new_lookup bytea, new_code text,
                name_words text[], key_first_name text, key_last_name text, key_postal_code text, key_street text) ON COMMIT DROP
            """, cancellationToken);

        var read = Copy(path, import.Format, report, cancellationToken);
        if (read.ErrorCount > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            await FailAsync(import, read.Rows, read.Errors, read.ErrorCount, cancellationToken);
            return;
        }

        report(new ImportProgress("applying", read.Rows, 1));
        var now = clock.GetUtcNow();
        var summary = await PopulationChangesSql.ApplyAsync(db, import.Id, now, $"import:{import.StartedBy}", cancellationToken);
        import.Complete(read.Rows, read.Changes, summary, now);
        db.AuditRecords.Add(AuditRecord.Create(now, null, $"import:{import.StartedBy}", "populationRegister.import.completed", [], [],
            [$"populationImport:{import.Id}", $"updatedPersons:{summary.UpdatedPersons}", $"unmatchedRows:{summary.UnmatchedRows}"]));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Population Register import {ImportId} completed: {Rows} rows, {Persons} persons updated, {Unmatched} unmatched",
            import.Id, read.Rows, summary.UpdatedPersons, summary.UnmatchedRows);
    }

    /// <summary>Fails an import that stopped on an unexpected error, so that it is not run again and again.</summary>
    public async Task AbandonAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await db.PopulationRegisterImports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is { Status: ImportStatus.Running }) await FailAsync(import, 0, [new ImportProblem("importInternalError").At(0)], 1, cancellationToken);
    }

    private async Task FailAsync(PopulationRegisterImport import, long rows, IReadOnlyCollection<ImportError> errors, long errorCount,
        CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var fresh = await db.PopulationRegisterImports.SingleAsync(i => i.Id == import.Id, cancellationToken);
        fresh.Fail(rows, errors, errorCount, clock.GetUtcNow());
        db.AuditRecords.Add(AuditRecord.Create(clock.GetUtcNow(), null, $"import:{fresh.StartedBy}", "populationRegister.import.failed", [], [],
            [$"populationImport:{fresh.Id}"]));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Population Register import {ImportId} rejected: {Errors} bad lines", import.Id, errorCount);
    }

    private sealed record ReadResult(long Rows, long Changes, List<ImportError> Errors, long ErrorCount);

    /// <summary>Reads every line; good changes go to COPY until the first bad line, after which lines are only checked.</summary>
    private ReadResult Copy(string path, PopulationFileFormat format, Action<ImportProgress> report, CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        long errorCount = 0, changes = 0, lastLine = 0;
        long rows = 0;

        // The file is encrypted at rest (it holds personal data); it is decrypted as it is read.
        using var file = new BufferedStream(EncryptedFile.OpenRead(path, protector), 1 << 16);
        var length = Math.Max(1, file.Length);
        using var text = new StreamReader(file, PopulationChangeFile.Utf8, detectEncodingFromByteOrderMarks: true);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        using var copy = connection.BeginBinaryImport($"""
            COPY {Staging} (line, seq, lookup, grp, change_date, first_names, last_name, street, postal_code, city, withheld, marking, marking_ends,
                            died_on, new_lookup, new_code, name_words, key_first_name, key_last_name, key_postal_code, key_street)
                 FROM STDIN (FORMAT BINARY)
            """);
        void Bad(long line, ImportProblem problem)
        {
            errorCount++;
            if (errors.Count < PopulationRegisterImport.MaxReportedErrors) errors.Add(problem.At(line));
        }
        try
        {
            PopulationChangeFile.Read(text, format, item =>
            {
                if (item.Line != lastLine)
                {
                    lastLine = item.Line;
                    rows++;
                    if (rows % ProgressEvery == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        report(new ImportProgress("reading", rows, Math.Min(1, (double)file.Position / length)));
                    }
                }
                if (item.Problem is { } problem)
                {
                    Bad(item.Line, problem);
                    return;
                }
                var (change, changeProblem) = PopulationChangeFields.Read(item.Fields!);
                if (changeProblem is not null)
                {
                    Bad(item.Line, changeProblem);
                    return;
                }
                changes++;
                if (errorCount > 0) return;
                Write(copy, item.Line, item.Seq, change!);
            });
        }
        catch (DecoderFallbackException)
        {
            Bad(lastLine + 1, new ImportProblem("populationEncoding"));
        }
        if (rows == 0 && errorCount == 0) Bad(1, new ImportProblem("importEmpty"));
        if (errorCount == 0) copy.Complete();
        return new ReadResult(rows, changes, errors, errorCount);
    }

    private void Write(NpgsqlBinaryImporter copy, long line, int seq, PopulationChange change)
    {
        copy.StartRow();
        copy.Write(line, NpgsqlDbType.Bigint);
        copy.Write(seq, NpgsqlDbType.Integer);
        copy.Write(lookup.Of(change.IdentityCode), NpgsqlDbType.Bytea);
        copy.Write(StoredEnum.Value(change.Group), NpgsqlDbType.Text);
        copy.Write(change.ChangeDate, NpgsqlDbType.Date);
        Text(copy, change.FirstNames);
        Text(copy, change.LastName);
        Text(copy, change.Street);
        Text(copy, change.PostalCode?.Value);
        Text(copy, change.City);
        copy.Write(change.AddressWithheld, NpgsqlDbType.Boolean);
        if (change.NonDisclosureActive is { } marking) copy.Write(marking, NpgsqlDbType.Boolean);
        else copy.WriteNull();
        Date(copy, change.NonDisclosureEndsOn);
        Date(copy, change.DiedOn);
        if (change.NewIdentityCode is { } corrected)
        {
            copy.Write(lookup.Of(corrected), NpgsqlDbType.Bytea);
            // Encrypted as the person's column is: the corrected code goes straight into it.
            copy.Write(protector.Protect(corrected.Value), NpgsqlDbType.Text);
        }
        else
        {
            copy.WriteNull();
            copy.WriteNull();
        }
        // What is derived from a name or an address — the search words, the prohibition-register match keys — is made here, while
        // streaming, so that the apply rewrites them by set-based SQL (re-deriving them afterwards in .NET batches took most of the time).
        if (change.Group == PopulationChangeGroup.PersonName)
        {
            copy.Write(SearchText.NameWords(Person.FullNameOf(change.FirstNames, change.LastName)).Distinct().ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            Text(copy, MatchKeys.FirstNameKey(change.FirstNames));
            Text(copy, MatchKeys.NameKey(change.LastName));
        }
        else
        {
            copy.WriteNull();
            copy.WriteNull();
            copy.WriteNull();
        }
        var address = change.Group == PopulationChangeGroup.PermanentAddress && !change.AddressWithheld;
        Text(copy, address ? MatchKeys.PostalCodeKey(change.PostalCode?.Value) : null);
        Text(copy, address ? MatchKeys.StreetKey(change.Street) : null);
    }

    private static void Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Text);
    }

    private static void Date(NpgsqlBinaryImporter copy, DateOnly? value)
    {
        if (value is { } date) copy.Write(date, NpgsqlDbType.Date);
        else copy.WriteNull();
    }
}
