namespace Smi.Docs.ViewModels;

/// <summary>The ways the parent can send the missing items: by post, by e-mail to the case worker, or in person.</summary>
public sealed record AanleverenView(string Postadres, string Email, string Bezoekadres);
