using Smi.Docs.Documents;

namespace Smi.Docs.Composition;

/// <summary>One part of a planned document: the language resources it is composed with and the notice its frame carries.</summary>
internal sealed record DocumentPart(LanguageResources Resources, FrameNotice? Notice);
