using YamlDotNet.Core;

namespace Smi.Docs.Localization;

/// <summary>
/// One translatable piece of a file: a front-matter value or paragraph of a template, or a text value of a YAML
/// file. <see cref="Id"/> pairs the Dutch and the translated piece; <see cref="Span"/> is the raw text in the file
/// that an import replaces (for YAML including quotes or the block header); <see cref="Text"/> is the value.
/// </summary>
public sealed record Segment(string Id, string Text, TextSpan Span, ScalarStyle? YamlStyle = null);
