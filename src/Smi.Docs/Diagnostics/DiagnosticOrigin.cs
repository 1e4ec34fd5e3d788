namespace Smi.Docs.Diagnostics;

/// <summary>
/// Where a problem comes from: one value per code range of docs/diagnostics.md. The origin, not the text of the
/// code, decides whether the caller or the installation is at fault (<see cref="DiagnosticOriginExtensions.IsCallerInput"/>).
/// </summary>
public enum DiagnosticOrigin
{
    /// <summary>The case JSON, or a case that does not fit the document (SMI1xxx, SMI91xx).</summary>
    Case,

    /// <summary>The municipality profile YAML (SMI2xxx).</summary>
    Profile,

    /// <summary>A template, its front matter or the fixed texts (SMI3xxx).</summary>
    Template,

    /// <summary>Command-line options and the files and folders they name (SMI40xx).</summary>
    Options,

    /// <summary>A tariff table file (SMI50xx).</summary>
    TariffTables,

    /// <summary>A case the tables cannot calculate, and the check of the case's own berekening (SMI51xx, SMI52xx).</summary>
    Calculation,

    /// <summary>The plain-language check of the templates (SMI6xxx).</summary>
    PlainLanguage,

    /// <summary>A form definition YAML (SMI7xxx).</summary>
    FormDefinition,

    /// <summary>The catalogues built into the engine: rejection reasons and missing items (SMI8xxx, SMI90xx).</summary>
    Catalogue,

    /// <summary>Locales and translations (SMI10xxx).</summary>
    Localization,

    /// <summary>The PDF printer (PDF00x).</summary>
    Pdf,

    /// <summary>The machine the run is on, or a fault of ours: a full disk, an I/O error, an unexpected failure (SMI49xx).</summary>
    Machine,
}
