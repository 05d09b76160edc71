using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Users;
using Microsoft.AspNetCore.Identity;

namespace HsWorks.Infrastructure.Security;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher (R7.1: a vetted algorithm).</summary>
public sealed class PasswordHasher : IPasswordHasher
{
    private static readonly PasswordHasher<StaffUser> Hasher = new();
    private static readonly string Decoy = Hasher.HashPassword(null!, Convert.ToBase64String(Guid.NewGuid().ToByteArray()));

    public string Hash(string password) => Hasher.HashPassword(null!, password);

    public bool Verify(string hash, string password, out bool needsRehash)
    {
        var result = Hasher.VerifyHashedPassword(null!, hash, password);
        needsRehash = result == PasswordVerificationResult.SuccessRehashNeeded;
        return result != PasswordVerificationResult.Failed;
    }

    public void VerifyAgainstDecoy(string password) => Hasher.VerifyHashedPassword(null!, Decoy, password);
}
