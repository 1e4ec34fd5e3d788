using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;
using Smi.Docs.Documents;

namespace Smi.Docs.Templating;

/// <summary>
/// The Scriban context one render runs in, set up for templates that communication staff edit in a browser: only the
/// properties of view-model records are visible (no methods, no <c>GetType</c>), no functions but ours, no template
/// loader (partials come through our <c>include</c> only), limits on loops, recursion, strings and output, and a
/// cancellation token for the time-out. Every value written is Markdown-escaped.
/// </summary>
internal sealed class SafeTemplateContext : TemplateContext
{
    public const int MaximumLoopIterations = 10_000;
    public const int MaximumRecursion = 16;
    public const int MaximumStringLength = 100_000;
    public const int MaximumOutputLength = 2_000_000;

    private readonly bool _isolateValues;

    // Scriban caches accessors per context, and a context lives for one render: without these every letter would read
    // the view models' properties and attributes by reflection again. Both depend on the type alone, as the member
    // filter and renamer are the same for every context.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();
    private static readonly ConcurrentDictionary<Type, (string Name, PropertyInfo Property)[]> GlobalProperties = new();

    public SafeTemplateContext(ScriptObject functions, bool isolateValues, CancellationToken cancellation)
        : base(functions)
    {
        _isolateValues = isolateValues;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        LoopLimit = MaximumLoopIterations;
        RecursiveLimit = MaximumRecursion;
        ObjectRecursionLimit = MaximumRecursion;
        LimitToString = MaximumStringLength;
        OutputLimit = MaximumOutputLength;
        // Scriban truncates by default; a letter cut off without a word must never be sent.
        OnOutputLimit = ScriptLimitBehavior.Throw;
        OnStringLimit = ScriptLimitBehavior.Throw;
        TemplateLoader = null;
        MemberFilter = IsViewModelProperty;
        MemberRenamer = TemplateName;
        CancellationToken = cancellation;
    }

    public static string TemplateName(MemberInfo member) => ViewModelShape.TemplateName(member);

    /// <summary>The view model's visible properties as the template's global names, as Scriban's <c>Import</c> would make them.</summary>
    public static ScriptObject Globals(object viewModel)
    {
        var globals = new ScriptObject();
        foreach (var (name, property) in GlobalProperties.GetOrAdd(viewModel.GetType(), static type =>
            [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(IsViewModelProperty).Select(p => (TemplateName(p), p))]))
        {
            globals.SetValue(name, property.GetValue(viewModel), readOnly: false);
        }
        return globals;
    }

    protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
        Accessors.GetOrAdd(target.GetType(), static (_, state) => state.Context.BaseAccessor(state.Target), (Context: this, Target: target));

    private IObjectAccessor BaseAccessor(object target) => base.GetMemberAccessorImpl(target)!;

    public static bool IsViewModelProperty(MemberInfo member) => ViewModelShape.IsVisible(member);

    /// <summary>
    /// Every value goes through <see cref="MarkdownEscaper"/>; text, right to left, also into a first-strong isolate
    /// (UAX #9), so "1,234.56 €" or a Dutch sentence keeps its own order inside Arabic; the Markdown parser makes each
    /// pair a <see cref="DirectionIsolate"/> node. A bare number has no direction
    /// of its own and needs none. Only a partial's rendered text is written as is.
    /// </summary>
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is RenderedPartial partial)
        {
            Write(partial.Markdown);
            return this;
        }
        if (textAsObject is not (null or string) && ViewModelShape.KindOf(textAsObject.GetType()) is ShapeKind.Record or ShapeKind.List)
        {
            // The checker refuses this (SMI3016); here it also keeps a record's ToString from printing every field of
            // a case, or from recursing through a record that points back to itself.
            throw new ScriptRuntimeException(span, $"{ViewModelShape.Describe(textAsObject.GetType())} is not a value; print one of its fields");
        }
        var text = textAsObject is null ? null : textAsObject as string ?? ObjectToString(textAsObject);
        if (!string.IsNullOrEmpty(text))
        {
            var escaped = MarkdownEscaper.Escape(text);
            Write(_isolateValues && textAsObject is string ? DirectionIsolate.Mark(escaped) : escaped);
        }
        return this;
    }

    // Scriban asks this for every argument of every function call; every value is an object already, and the general
    // path spends most of its time on type tests (a tenth of a letter's compose time, measured).
    public override object? ToObject(SourceSpan span, object? value, Type destinationType) =>
        destinationType == typeof(object) ? value : base.ToObject(span, value, destinationType);

    /// <summary>
    /// What <c>if</c> counts as "there": not null, not false, not empty text, not zero, not an empty list. Templates ask
    /// "is there a phase-out?" of a list and "is there a maximum?" of a number, so emptiness must count as no.
    /// </summary>
    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        null => false,
        bool b => b,
        string s => s.Length > 0,
        int i => i != 0,
        long l => l != 0,
        decimal d => d != 0,
        double d => d != 0,
        ICollection collection => collection.Count > 0,
        IEnumerable enumerable => enumerable.GetEnumerator().MoveNext(),
        _ => true,
    };
}
