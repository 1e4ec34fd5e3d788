using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Smi.Docs.Documents;
using Smi.Docs.Html;

namespace Smi.Docs.Tests.EndToEnd;

/// <summary>What a reader sees of a letter, for tests that look for a sentence: the body text with every run of white space as one space.</summary>
internal static partial class LetterText
{
    public static string Of(string html) =>
        Whitespace().Replace(new HtmlParser().ParseDocument(html).Body!.TextContent.Replace('\u00A0', ' '), " ");

    public static string Of(LetterDocument letter) => Of(new HtmlLetterRenderer().Render(letter));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
