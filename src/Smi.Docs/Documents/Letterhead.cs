namespace Smi.Docs.Documents;

/// <summary>The municipality's name, its logo if the profile has one, and its contact lines.</summary>
public sealed record Letterhead(string MunicipalityName, LogoImage? Logo, IReadOnlyList<ContactLine> ContactLines);
