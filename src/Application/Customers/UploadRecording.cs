using System.Security.Cryptography;
using FluentValidation;
using FluentValidation.Results;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Customers;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Customers;

/// <summary>
/// Stores a call recording or other communication (R4.9) linked to a contact. Size and type are
/// checked before anything is stored; the content goes to the recording store, its description here.
/// </summary>
[RequiresPermission(Permission.ServiceRecordsWrite)]
[Audited("recording.upload")]
[NotRetried] // the upload is read once and written to the file store
public sealed record UploadRecording(Guid CustomerId, Guid? ContactId, string ContentType, string FileName, long Length, Stream Content)
    : ICommand<RecordingDto>;

internal sealed class UploadRecordingValidator : AbstractValidator<UploadRecording>
{
    public UploadRecordingValidator()
    {
        RuleFor(x => x.Length).GreaterThan(0).OverridePropertyName("file");
        RuleFor(x => x.Length).LessThanOrEqualTo(RecordingFormats.MaxBytes).OverridePropertyName("file")
            .WithMessage(_ => Messages.Get("recordingTooLarge", RecordingFormats.MaxBytes / 1024 / 1024));
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

        var head = new byte[512];
        var read = await command.Content.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        if (!RecordingFormats.Matches(command.ContentType, head[..read]))
            throw new ValidationException([new ValidationFailure("file", Messages.Get("recordingContent"))]);
        command.Content.Seek(0, SeekOrigin.Begin);

        var id = Guid.CreateVersion7();
        // The content is read once: hashed on its way into the store.
        using var sha = SHA256.Create();
        await using (var hashing = new CryptoStream(command.Content, sha, CryptoStreamMode.Read, leaveOpen: true))
            await store.SaveAsync(id, hashing, cancellationToken);
        var sha256 = Convert.ToHexString(sha.Hash!).ToLowerInvariant();
        try
        {
            var recording = Recording.Describe(id, command.CustomerId, command.ContactId, RecordingFormats.Normalise(command.ContentType),
                command.FileName, command.Length, sha256, currentUser.UserId!.Value, clock.GetUtcNow());
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
