namespace HsWorks.Application.Common.Interfaces;

public interface IPasswordHasher
{
    string Hash(string password);

    /// <summary>True when the password matches; <paramref name="needsRehash"/> when the hash uses old parameters.</summary>
    bool Verify(string hash, string password, out bool needsRehash);

    /// <summary>Does the work of a verification without a user, so unknown usernames answer as slowly as known ones.</summary>
    void VerifyAgainstDecoy(string password);
}
