namespace Smi.Docs.Templating;

/// <summary>
/// A document the library should load a template for: its id (folder and file name) and the view model type the
/// checker holds the template to. Given by the caller, so the templating layer knows no document definitions.
/// </summary>
public sealed record TemplateDocument(string Id, Type ViewModelType);
