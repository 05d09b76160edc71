using System.Security.Cryptography;
using FluentValidation;
using FluentValidation.Results;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Files;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>
/// Stores a call recording or other communication (R4.9) linked to a contact. The content is
/// streamed as it arrives: its type is checked on its first bytes before anything is stored, its
/// size while it flows into the recording store (encrypted there), its description is saved here.
/// A rejected upload leaves no file and no row.
/// </summary>
[RequiresPermission(Permission.ServiceRecordsWrite)]
[Audited("recording.upload")]
[NotRetried] // the upload is read once and written to the file store
public sealed record UploadRecording(Guid CustomerId, Guid? ContactId, string ContentType, string FileName, Stream Content)
    : ICommand<RecordingDto>;

internal sealed class UploadRecordingValidator : AbstractValidator<UploadRecording>
{
    public UploadRecordingValidator()
    {
        RuleFor(x => x.ContentType).Must(RecordingFormats.IsAllowed).OverridePropertyName("file")
            .WithMessage(_ => Messages.Get("recordingType", string.Join(", ", RecordingFormats.ContentTypes)));
    }
}

internal sealed class UploadRecordingHandler(IHsWorksDb db, IRecordingStore store, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<UploadRecording, RecordingDto>
{
    public async ValueTask<RecordingDto> Handle(UploadRecording command, CancellationToken cancellationToken)
    {
        await db.EnsureCustomerAsync(command.CustomerId, cancellationToken);
        if (command.ContactId is { } contactId && !await db.Contacts.AnyAsync(c => c.Id == contactId && c.CustomerId == command.CustomerId, cancellationToken))
            throw new ValidationException([new ValidationFailure("contactId", Messages.Get("notCustomersContact"))]);

        await using var content = await UploadContent.OpenAsync(command.Content, RecordingFormats.MaxBytes,
            Messages.Get("recordingTooLarge", RecordingFormats.MaxBytes / 1024 / 1024), cancellationToken);
        if (content.Head.Length == 0 || !RecordingFormats.Matches(command.ContentType, content.Head))
            throw new ValidationException([new ValidationFailure("file", Messages.Get("recordingContent"))]);

        var id = Guid.CreateVersion7();
        // The content is read once: hashed and counted on its way into the store.
        using var sha = SHA256.Create();
        await using (var hashing = new CryptoStream(content, sha, CryptoStreamMode.Read, leaveOpen: true))
            await store.SaveAsync(id, hashing, cancellationToken);
        var sha256 = Convert.ToHexString(sha.Hash!).ToLowerInvariant();
        try
        {
            var recording = Recording.Describe(id, command.CustomerId, command.ContactId, RecordingFormats.Normalise(command.ContentType),
                command.FileName, content.BytesRead, sha256, currentUser.UserId!.Value, clock.GetUtcNow());
            db.Recordings.Add(recording);
            await db.SaveChangesAsync(cancellationToken);
            trail.Customer(command.CustomerId).Changed(["recording"]);
            return recording.ToDto();
        }
        catch
        {
            // Nothing half-saved: no row, no file.
            await store.DeleteAsync(id, CancellationToken.None);
            throw;
        }
    }

}
