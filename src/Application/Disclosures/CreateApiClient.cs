using System.Security.Cryptography;
using FluentValidation;
using HsWorks.Application.Common.Auditing;
using HsWorks.Application.Common.Interfaces;
using HsWorks.Application.Common.Security;
using HsWorks.Application.Common.Validation;
using HsWorks.Domain.Disclosures;
using HsWorks.Domain.Users;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace HsWorks.Application.Disclosures;

/// <summary>Creates a partner's API client (R6.5); the secret is in this answer only and stored as a hash.</summary>
[RequiresPermission(Permission.ApiClientsManage)]
[Audited("apiClient.create")]
public sealed record CreateApiClient(ApiClientInput Input) : ICommand<ApiClientSecretDto>;

internal sealed class CreateApiClientValidator : AbstractValidator<CreateApiClient>
{
    public CreateApiClientValidator(IHsWorksDb db)
    {
        RuleFor(x => x.Input).NotNull();
        RuleFor(x => x.Input.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Input.RecipientId)
            .MustAsync(async (id, ct) => await db.Recipients.AnyAsync(r => r.Id == id && r.Type == RecipientType.Partner, ct))
            .WithMessage(_ => Messages.Get("noSuchRecipient"));
        RuleFor(x => x.Input.Scopes).NotEmpty().Must(s => s is null || s.All(PartnerScopes.All.Contains))
            .WithMessage(_ => Messages.Get("scopes", string.Join(", ", PartnerScopes.All)));
    }
}

internal sealed class CreateApiClientHandler(IHsWorksDb db, ICurrentUser currentUser, AuditTrail trail, TimeProvider clock)
    : ICommandHandler<CreateApiClient, ApiClientSecretDto>
{
    public async ValueTask<ApiClientSecretDto> Handle(CreateApiClient command, CancellationToken cancellationToken)
    {
        var recipient = await db.Recipients.SingleAsync(r => r.Id == command.Input.RecipientId, cancellationToken);
        var clientId = "hsw_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(10));
        var (secret, hash) = ClientSecrets.New();
        var client = ApiClient.Create(Guid.CreateVersion7(), recipient, command.Input.Name, command.Input.Scopes, clientId, hash, clock.GetUtcNow(),
            currentUser.Username);
        db.ApiClients.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        trail.Changed([$"apiClient:{client.Id}", $"recipient:{recipient.Id}"]);
        return new ApiClientSecretDto(client.Id, client.ClientId, secret);
    }
}

/// <summary>Client secrets: 256 random bits, so a plain SHA-256 is enough to store them (no password stretching needed).</summary>
internal static class ClientSecrets
{
    public static (string Secret, string Hash) New()
    {
        var secret = System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return (secret, Hash(secret));
    }

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret)));

    public static bool Matches(string secret, string hash) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Hash(secret)), System.Text.Encoding.ASCII.GetBytes(hash));
}
