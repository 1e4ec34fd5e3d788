using System.Text.Json;
using System.Text.Json.Serialization;
using Smi.Docs.Policy;

namespace Smi.Docs.Calculation;

/// <summary>Writes the method as the profile spells it, so the JSON and the YAML use one name.</summary>
internal sealed class MethodeJsonConverter : JsonConverter<EigenBijdrageMethode>
{
    public override EigenBijdrageMethode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("bereken only writes JSON");

    public override void Write(Utf8JsonWriter writer, EigenBijdrageMethode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(EigenBijdrageMethodeNamen.Naam(value));
}

/// <summary>An explanation sentence in the JSON is the Dutch sentence a letter prints, as before languages existed.</summary>
internal sealed class UitlegZinJsonConverter : JsonConverter<UitlegZin>
{
    public override UitlegZin Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("bereken only writes JSON");

    public override void Write(Utf8JsonWriter writer, UitlegZin value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Schrijf(Formatting.FixedTexts.Dutch, Formatting.ValueFormatter.Dutch));
}
