using HsWorks.Application.Common.Interfaces;
using HsWorks.Domain.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HsWorks.Infrastructure.Security;

/// <summary>
/// ASP.NET Core Identity's PBKDF2 hasher (R7.1: a vetted algorithm). Its V3 format uses
/// HMAC-SHA512; the iteration count is OWASP's current figure for it. A hash with fewer iterations
/// or a weaker PRF verifies as SuccessRehashNeeded, and sign-in then stores a new one.
/// </summary>
public sealed class PasswordHasher : IPasswordHasher
{
    public const int Iterations = 210_000;

    private static readonly PasswordHasher<StaffUser> Hasher = new(Options.Create(new PasswordHasherOptions
    {
        CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3,
        IterationCount = Iterations,
    }));
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
