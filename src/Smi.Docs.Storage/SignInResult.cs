namespace Smi.Docs.Storage;

/// <summary>The answer to a sign-in: the account, or why not. A wrong name and a wrong password are one answer, so the
/// page cannot be used to find out which names exist.</summary>
public sealed record SignInResult(StudioAccount? Account, bool LockedOut)
{
    public static SignInResult Refused { get; } = new(null, false);

    public static SignInResult Locked { get; } = new(null, true);
}
