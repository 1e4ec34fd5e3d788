using System.Security.Cryptography;
using System.Text;

namespace Smi.Docs.Server.Forms;

/// <summary>
/// Which draft a browser fills in: the resume code in an HttpOnly, SameSite cookie on the form's own path. The code is also
/// what the parent types on the start page to continue elsewhere; the database keeps only its hash (ApplicationStore).
/// Every POST of a draft carries <see cref="Token"/>, derived from the code, so a page of another site cannot post into it
/// (the studio's anti-forgery cookie is bound to /studio, so the form has its own).
/// </summary>
internal static class FormSession
{
    public const string Cookie = "smi-formulier";
    public const string TokenField = "__formulier";

    /// <summary>Letters and digits that cannot be mistaken for one another when copied by hand (no 0/O, 1/I/L, U/V).</summary>
    private const string Alphabet = "ABCDEFGHJKMNPQRSTWXYZ23456789";

    /// <summary>12 characters from 29: about 58 bits, in three groups of four to copy by hand.</summary>
    public static string NewCode()
    {
        var text = RandomNumberGenerator.GetString(Alphabet, 12);
        return $"{text[..4]}-{text[4..8]}-{text[8..]}";
    }

    /// <summary>A code as typed ("k7p3 9qxm 2d4h") in the form it was given ("K7P3-9QXM-2D4H").</summary>
    public static string Normal(string typed)
    {
        var text = string.Concat(typed.Where(char.IsAsciiLetterOrDigit)).ToUpperInvariant();
        return string.Join('-', text.Chunk(4).Select(c => new string(c)));
    }

    /// <summary>The application's id and reference number (what the parent quotes and the API names).</summary>
    public static string NewId() => "AV-" + RandomNumberGenerator.GetString(Alphabet, 10);

    public static string? Code(HttpContext context) =>
        context.Request.Cookies.TryGetValue(Cookie, out var code) && !string.IsNullOrWhiteSpace(code) ? code : null;

    public static void Keep(HttpContext context, string gemeente, string code) =>
        context.Response.Cookies.Append(Cookie, code, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            Path = Routes.Root(gemeente),
            IsEssential = true,
        });

    public static void Forget(HttpContext context, string gemeente) =>
        context.Response.Cookies.Delete(Cookie, new CookieOptions { Path = Routes.Root(gemeente) });

    public static string Token(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("smi-formulier-token:" + code)))[..32];

    public static bool TokenMatches(IFormCollection form, string code) =>
        form.TryGetValue(TokenField, out var sent) && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(sent.ToString()), Encoding.ASCII.GetBytes(Token(code)));
}

/// <summary>The form's addresses: everything under /formulier/{gemeente}, the language as ?taal=.</summary>
internal static class Routes
{
    public const string Prefix = "/formulier";
    public const string Assets = Prefix + "/assets";

    public static string Root(string gemeente) => $"{Prefix}/{Uri.EscapeDataString(gemeente)}";

    public static string Page(string gemeente, string path, string taal) =>
        $"{Root(gemeente)}{(path.Length > 0 ? "/" + path : "")}?taal={Uri.EscapeDataString(taal)}";

    public static string Step(string gemeente, int step, string taal) => Page(gemeente, $"stap/{step}", taal);
}
