using Microsoft.AspNetCore.Identity;

namespace Smi.Docs.Storage;

/// <summary>
/// The studio's password hashes: ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2-HMAC-SHA512 with a
/// random salt, 100,000 iterations in its v3 format), so a stolen database does not give the passwords away. Unlike an
/// API key a password is chosen by a person and can be guessed, so it needs this slow hash (docs/server.md, Tenants and keys).
/// </summary>
public static class StudioPasswords
{
    /// <summary>Shorter passwords are refused: NIST SP 800-63B asks for at least 8 characters; 12 makes a phrase the easy choice.</summary>
    public const int MinimumLength = 12;

    private static readonly PasswordHasher<StudioAccount> Hasher = new();

    internal static string Hash(string password) => Hasher.HashPassword(null!, password);

    internal static bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(null!, hash, password) is PasswordVerificationResult.Success or PasswordVerificationResult.SuccessRehashNeeded;

    /// <summary>A generated password: 18 random bytes as base64url, 24 characters.</summary>
    public static string Generate() =>
        Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
}
