using YamlDotNet.Core;

namespace Smi.Docs.Localization;

/// <summary>One of bron, bronHash, status, notities with the span of its value, so a tool can rewrite only that value.</summary>
public sealed record MetadataField(string Value, TextSpan Span, ScalarStyle? YamlStyle = null);
