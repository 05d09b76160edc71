using System.Text;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Requests;
using HsWorks.Domain.Audit;
using HsWorks.Domain.ProhibitionRegisters;
using HsWorks.Infrastructure.Persistence;
using HsWorks.Infrastructure.Security;
using HsWorks.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using nietras.SeparatedValues;
using Npgsql;
using NpgsqlTypes;

namespace HsWorks.Infrastructure.ProhibitionRegisters;

/// <summary>
/// Runs one import (docs/imports.md): reads the file in its encoding, streams the match keys of the
/// good lines into a temporary table with binary COPY, joins them with the stored keys of persons,
/// and puts the matches in force in place of the register's previous snapshot — all in one
/// transaction. A file with any bad line is rejected with the lines' numbers and changes nothing.
/// </summary>
internal sealed class RegisterImportRunner(
    HsWorksDbContext db, FieldProtector protector, ISuppressionHasher hasher, TimeProvider clock, ILogger<RegisterImportRunner> logger)
{
    private const int ProgressEvery = 20_000;

    /// <summary>The match keys of a line, as <see cref="MatchKeys"/> makes them; the raw values are not kept.</summary>
    private static readonly string[] Columns = ["email", "phone", "last_name", "first_name", "postal_code", "street"];

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static RegisterImportRunner() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public async Task RunAsync(Guid importId, string path, Action<ImportProgress> report, CancellationToken cancellationToken)
    {
        var import = await db.RegisterImports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is null || import.Status != ImportStatus.Running) return;
        if (!File.Exists(path))
        {
            await FailAsync(import, 0, null, [new ImportProblem("importFileLost").At(0)], 1, cancellationToken);
            return;
        }

        var encoding = IsUtf8(path) ? StrictUtf8 : Encoding.GetEncoding(1252);
        var encodingName = encoding.CodePage == 65001 ? "utf-8" : "windows-1252";
        // Matching a million lines against a million persons takes seconds, more than a request's statement may.
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Imports of one register run one at a time: the second waits and then replaces the first.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM prohibition_registers WHERE id = {import.RegisterId} FOR UPDATE", cancellationToken);
        await RegisterEntryPartition.OneImportAtATimeAsync(db, cancellationToken);
        var register = await db.ProhibitionRegisters.SingleAsync(r => r.Id == import.RegisterId, cancellationToken);
        var inForce = register.CurrentImportId is { } currentId
            ? await db.RegisterImports.AsNoTracking().SingleAsync(i => i.Id == currentId, cancellationToken)
            : null;
        if (inForce is not null && inForce.FileDate > import.FileDate)
        {
            // An older extract would silently lift bans of the newer one.
            await transaction.RollbackAsync(cancellationToken);
            await FailAsync(import, 0, encodingName,
                [new ImportProblem("importOlderThanInForce", inForce.FileDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).At(0)], 1,
                cancellationToken);
            return;
        }

        // Lines of erased persons are caught by their suppression records: counted, since there is no person left to ban.
        var suppressed = (await db.SuppressionRecords.AsNoTracking().Select(s => s.Hash).ToListAsync(cancellationToken))
            .Select(Convert.ToHexString).ToHashSet();
        var lines = new RegisterEntryPartition(import.Id);
        await lines.CreateAsync(db, cancellationToken);
        var read = Copy(import.Id, lines.Table, path, encoding, suppressed, report, cancellationToken);
        if (read.ErrorCount > 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            await FailAsync(import, read.Rows, encodingName, read.Errors, read.ErrorCount, cancellationToken);
            return;
        }

        report(new ImportProgress("matching", read.Rows, 1));
        await lines.IndexAsync(db, cancellationToken);
        var matches = await PersonMatchKeys.MatchImportAsync(db, lines.Table, cancellationToken);
        var matchedPersons = await db.RegisterMatches.Where(m => m.ImportId == import.Id).Select(m => m.PersonId).Distinct().CountAsync(cancellationToken);
        // Last, as they lock register_entries for the moment until the commit: the new lines join it, the previous snapshot's
        // lines go (its matches stay as history).
        await lines.AttachAsync(db, cancellationToken);
        if (inForce is not null) await new RegisterEntryPartition(inForce.Id).DropAsync(db, cancellationToken);

        var now = clock.GetUtcNow();
        import.Read(read.Rows, encodingName, matches, matchedPersons, read.SuppressedMatches);
        register.Replace(import, now);
        // The matches themselves are the record of whom the import concerns (register_matches).
        db.AuditRecords.Add(AuditRecord.Create(now, null, $"import:{import.StartedBy}", "prohibitionRegister.import.completed", [], [],
            [$"register:{register.Id}", $"import:{import.Id}", $"matches:{matches}", $"suppressedMatches:{read.SuppressedMatches}"]));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Register import {ImportId} completed: {Rows} rows, {Matches} matches", import.Id, read.Rows, matches);
    }

    /// <summary>Fails an import that stopped on an unexpected error, so that it is not run again and again.</summary>
    public async Task AbandonAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await db.RegisterImports.SingleOrDefaultAsync(i => i.Id == importId, cancellationToken);
        if (import is { Status: ImportStatus.Running })
            await FailAsync(import, 0, null, [new ImportProblem("importInternalError").At(0)], 1,
                cancellationToken);
    }

    private async Task FailAsync(RegisterImport import, long rows, string? encoding, IReadOnlyCollection<ImportError> errors, long errorCount,
        CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var fresh = await db.RegisterImports.SingleAsync(i => i.Id == import.Id, cancellationToken);
        fresh.Fail(rows, encoding, errors, errorCount, clock.GetUtcNow());
        db.AuditRecords.Add(AuditRecord.Create(clock.GetUtcNow(), null, $"import:{fresh.StartedBy}", "prohibitionRegister.import.failed", [], [],
            [$"register:{fresh.RegisterId}", $"import:{fresh.Id}"]));
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Register import {ImportId} rejected: {Errors} bad lines", import.Id, errorCount);
    }

    private sealed record ReadResult(long Rows, List<ImportError> Errors, long ErrorCount, long SuppressedMatches = 0);

    /// <summary>Reads every line; good lines go to COPY until the first bad one, after which lines are only checked.</summary>
    private ReadResult Copy(Guid importId, string table, string path, Encoding encoding, HashSet<string> suppressed, Action<ImportProgress> report,
        CancellationToken cancellationToken)
    {
        var errors = new List<ImportError>();
        long errorCount = 0, rows = 0, suppressedMatches = 0;
        void Bad(long line, ImportProblem problem)
        {
            errorCount++;
            if (errors.Count < RegisterImport.MaxReportedErrors) errors.Add(problem.At(line));
        }

        // The file is encrypted at rest (it holds personal data); it is decrypted as it is read.
        using var file = new BufferedStream(EncryptedFile.OpenRead(path, protector), 1 << 16);
        var length = Math.Max(1, file.Length);
        using var text = new StreamReader(file, encoding, detectEncodingFromByteOrderMarks: true);
        if (text.Peek() < 0) return new ReadResult(0, [new ImportProblem("importEmpty").At(1)], 1);

        // The header is read as the first row: Sep's own header handling refuses a repeated name before we can say which.
        using var reader = Sep.Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).From(text);
        using var rowsOfFile = reader.GetEnumerator();
        if (!rowsOfFile.MoveNext()) return new ReadResult(0, [new ImportProblem("importEmpty").At(1)], 1);
        var header = rowsOfFile.Current;
        var names = new List<string>();
        for (var i = 0; i < header.ColCount; i++) names.Add(header[i].ToString());
        if (names.Count > 1 && reader.Spec.Sep.Separator is not (';' or ','))
            return new ReadResult(0, [new ImportProblem("importSeparator").At(1)], 1);
        var (layout, headerProblem) = RegisterFileLayout.FromHeader(names);
        if (layout is null) return new ReadResult(0, [headerProblem!.At(1)], 1);

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        using var copy = connection.BeginBinaryImport($"COPY {table} (import_id, line, {string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)");
        var values = new string[layout.ColumnCount];
        try
        {
            while (rowsOfFile.MoveNext())
            {
                var row = rowsOfFile.Current;
                var line = (long)row.LineNumberFrom;
                if (row.Span.IsWhiteSpace()) continue;
                rows++;
                if (row.LineNumberToExcl - row.LineNumberFrom > 1)
                {
                    Bad(line, new ImportProblem("importMultiline"));
                    continue;
                }
                if (row.ColCount != layout.ColumnCount)
                {
                    Bad(line, layout.ValueCount(row.ColCount));
                    continue;
                }
                for (var i = 0; i < values.Length; i++) values[i] = row[i].ToString();
                if (layout.Check(values) is { } problem)
                {
                    Bad(line, problem);
                    continue;
                }
                if (errorCount > 0) continue;
                string? Value(RegisterColumn column) => layout.IndexOf(column) is { } index ? values[index] : null;
                var keys = MatchKeys.Of(Value(RegisterColumn.Email), Value(RegisterColumn.Phone), null, Value(RegisterColumn.LastName),
                    Value(RegisterColumn.FirstName), Value(RegisterColumn.PostalCode), Value(RegisterColumn.Street));
                if (suppressed.Count > 0 && Suppression.HashesOf(hasher, null, keys.Email, keys.Phone).Any(h => suppressed.Contains(Convert.ToHexString(h.Hash))))
                    suppressedMatches++;
                copy.StartRow();
                copy.Write(importId, NpgsqlDbType.Uuid);
                copy.Write(line, NpgsqlDbType.Bigint);
                foreach (var key in (string?[])[keys.Email, keys.Phone, keys.LastName, keys.FirstName, keys.PostalCode, keys.Street])
                {
                    if (key is null) copy.WriteNull();
                    else copy.Write(key, NpgsqlDbType.Text);
                }
                if (rows % ProgressEvery == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    report(new ImportProgress("reading", rows, Math.Min(1, (double)file.Position / length)));
                }
            }
        }
        catch (DecoderFallbackException)
        {
            // Only reached if the encoding check was wrong: reject rather than guess.
            Bad(rows + 2, new ImportProblem("importEncoding"));
        }
        if (errorCount == 0) copy.Complete();
        return new ReadResult(rows, errors, errorCount, suppressedMatches);
    }

    /// <summary>
    /// Whether the whole file is valid UTF-8; otherwise it is read as Windows-1252 (a superset of ISO-8859-1's letters). The
    /// bytes are validated as they are decrypted, without decoding them to text (a second decoding pass of the file cost as much
    /// as its COPY); a character split between two reads is carried over to the next.
    /// </summary>
    private bool IsUtf8(string path)
    {
        using var file = EncryptedFile.OpenRead(path, protector);
        var buffer = new byte[1 << 16];
        var carried = 0;
        while (true)
        {
            var read = file.Read(buffer, carried, buffer.Length - carried);
            var filled = carried + read;
            if (read == 0) return System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, filled));
            var complete = CompleteCharacters(buffer.AsSpan(0, filled));
            if (!System.Text.Unicode.Utf8.IsValid(buffer.AsSpan(0, complete))) return false;
            carried = filled - complete;
            buffer.AsSpan(complete, carried).CopyTo(buffer);
        }
    }

    /// <summary>How many leading bytes end on a character boundary: a trailing lead byte and its continuations wait for the next read.</summary>
    private static int CompleteCharacters(ReadOnlySpan<byte> bytes)
    {
        var i = bytes.Length;
        // Back over at most three continuation bytes (10xxxxxx) to the byte that starts the last character.
        while (i > 0 && bytes.Length - i < 3 && (bytes[i - 1] & 0xC0) == 0x80) i--;
        if (i == 0) return bytes.Length;
        var lead = bytes[i - 1];
        var length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : (lead & 0xF8) == 0xF0 ? 4 : 1;
        // A character that is all there (or a byte that starts none, left for the validation to refuse) ends the complete part.
        return bytes.Length - (i - 1) >= length ? bytes.Length : i - 1;
    }
}
