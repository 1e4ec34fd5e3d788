using System.Diagnostics;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Smi.Docs.Pdf;
using Smi.Docs.Tests.Accessibility;
using Smi.Docs.Tests.Pdf;

namespace Smi.Docs.Tests;

/// <summary>
/// Guards the fast suite (<c>--filter "Speed!=Slow"</c>): a test that reaches Chromium, poppler or an npm package must
/// carry the <see cref="NeedsAttribute"/> of that program, on its class or on itself. The check reads the IL of every
/// test, following calls inside this assembly (helpers, local functions, lambdas, async and iterator bodies, fixtures
/// taken by the constructor) until it meets one of the <see cref="Gateways"/>.
/// </summary>
/// <remarks>
/// What it cannot see: a program reached inside src/ at run time, such as <c>smi-docs render --format pdf</c> run in
/// process; whether a CLI test prints depends on its arguments, not on its code. <c>test.sh</c> covers that by running
/// the fast suite once more with Chromium pointed at a path that does not exist.
/// </remarks>
public sealed class SlowTestTraitTests
{
    /// <summary>Stands for "starts some other program": any <see cref="NeedsAttribute"/> will do, or a new one.</summary>
    private const string AnyProgram = "a program it starts (Process.Start): add its attribute to NeedsAttributes.cs";

    [Fact]
    public void Every_test_that_reaches_an_outside_program_carries_its_mark()
    {
        var unmarked = TestMethods()
            .SelectMany(test => Unmarked(test.Class, test.Method).Select(program =>
                $"{test.Class.FullName}.{test.Method.Name} needs {Describe(program)}"))
            .ToList();

        Assert.True(unmarked.Count == 0,
            "Tests that reach an outside program without its trait (put the attribute on the class or the test):\n"
            + string.Join("\n", unmarked));
    }

    [Fact]
    public void The_check_finds_programs_through_fixtures_helpers_lambdas_and_async_bodies()
    {
        // Known cases, so the check above cannot pass by finding nothing.
        Assert.Equal(["Chromium", "Poppler"], Needs(typeof(ChromiumPdfPrinterTests), nameof(ChromiumPdfPrinterTests.Letter_is_tagged_with_catalog_language_and_title)));
        Assert.Equal(["Chromium", "Npm"], Needs(typeof(AccessibilityTests), nameof(AccessibilityTests.Axe_reports_a_page_without_language_alt_text_and_contrast)));
        // A printer started by the test itself and used inside Task.WhenAll's lambda.
        Assert.Equal(["Chromium", "Poppler"], Needs(typeof(ChromiumStartupTests), nameof(ChromiumStartupTests.One_page_printer_serves_concurrent_callers_in_turn_and_refuses_after_dispose)));
        // Starting a printer that cannot start needs no Chromium: those tests stay in the fast suite.
        Assert.Empty(Needs(typeof(ChromiumStartupTests), nameof(ChromiumStartupTests.Missing_chromium_names_the_path_and_the_install_script)));
        Assert.Empty(Needs(typeof(PdfDateStamperTests), nameof(PdfDateStamperTests.Rewrites_both_dates_and_keeps_the_length)));
        // The guard sees its own mark missing on an unmarked test that prints.
        Assert.Equal(["Chromium", "Poppler"], Unmarked(typeof(SlowTestTraitTests), typeof(SlowTestTraitTests).GetMethod(nameof(UnmarkedPrint), BindingFlags.NonPublic | BindingFlags.Static)!));
    }

    [Fact]
    public void Each_mark_puts_the_test_out_of_the_fast_filter_and_names_its_program()
    {
        foreach (var mark in new NeedsAttribute[] { new NeedsChromiumAttribute(), new NeedsPopplerAttribute(), new NeedsNpmAttribute(), new NeedsMountAttribute() })
        {
            Assert.Equal(
                [new(NeedsAttribute.SpeedTrait, NeedsAttribute.Slow), new(NeedsAttribute.NeedsTrait, mark.Program)],
                mark.GetTraits());
            Assert.Equal($"Needs{mark.Program}Attribute", mark.GetType().Name);
        }
    }

    /// <summary>Not a test: a sample for the check, which must find the print and the poppler call.</summary>
    private static async Task UnmarkedPrint(ChromiumFixture chromium) =>
        PdfTools.Text(await chromium.PrintAsync("<html></html>", DateTime.UnixEpoch));

    private static readonly Type TestClassMarker = typeof(SlowTestTraitTests);

    /// <summary>Where a test meets a program: the member's type, and what calling it needs.</summary>
    private static IReadOnlyList<string> Gateways(MethodBase member)
    {
        var type = member.DeclaringType;
        if (type == typeof(ChromiumFixture) || type == typeof(ChromiumSession) || type?.Assembly == typeof(Microsoft.Playwright.IPage).Assembly)
        {
            return ["Chromium"];
        }
        // StartAsync alone is not a gateway: the tests of its errors start nothing. Printing needs a started printer.
        if (type == typeof(ChromiumPdfPrinter) && !member.IsStatic)
        {
            return ["Chromium"];
        }
        if (type == typeof(AxeBrowserFixture))
        {
            return ["Chromium", "Npm"];
        }
        if (type == typeof(PdfTools))
        {
            return ["Poppler"];
        }
        if ((type == typeof(Process) && member.Name == nameof(Process.Start)) || (type == typeof(ProcessStartInfo) && member is ConstructorInfo))
        {
            return [AnyProgram];
        }
        return [];
    }

    /// <summary>
    /// The two browser fixtures start Chromium on first use, not when xunit creates them: taking one as a constructor
    /// parameter needs nothing, so a class that prints in some tests keeps its HTML and DOCX tests in the fast suite.
    /// </summary>
    private static bool StartsOnFirstUse(Type fixture) => fixture == typeof(ChromiumFixture) || fixture == typeof(AxeBrowserFixture);

    private static IEnumerable<(Type Class, MethodInfo Method)> TestMethods() =>
        from type in TestClassMarker.Assembly.GetTypes()
        where type.IsClass && !type.IsAbstract
        from method in type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
        where method.IsDefined(typeof(FactAttribute), inherit: true)
        select (type, method);

    private static List<string> Needs(Type testClass, string method) =>
        Needs(testClass, testClass.GetMethod(method) ?? throw new InvalidOperationException($"{testClass.Name}.{method} is gone"));

    private static List<string> Unmarked(Type testClass, MethodInfo method)
    {
        var marks = method.GetCustomAttributes<NeedsAttribute>(inherit: true)
            .Concat(testClass.GetCustomAttributes<NeedsAttribute>(inherit: true))
            .Select(mark => mark.Program)
            .ToHashSet();
        return Needs(testClass, method).Where(program => program == AnyProgram ? marks.Count == 0 : !marks.Contains(program)).ToList();
    }

    /// <summary>The programs a test reaches, sorted: from the test, its class's constructors and their fixtures.</summary>
    private static List<string> Needs(Type testClass, MethodInfo method)
    {
        var needs = new SortedSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<MethodBase>();
        var pending = new Stack<MethodBase>();
        pending.Push(method);
        foreach (var constructor in testClass.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance))
        {
            pending.Push(constructor);
            foreach (var fixture in constructor.GetParameters().Select(p => p.ParameterType))
            {
                if (fixture.Assembly == TestClassMarker.Assembly && !StartsOnFirstUse(fixture))
                {
                    foreach (var start in fixture.GetConstructors().Concat<MethodBase>(fixture.GetMethods().Where(m => m.Name == "InitializeAsync")))
                    {
                        pending.Push(start);
                    }
                }
            }
        }
        while (pending.TryPop(out var next))
        {
            if (!seen.Add(next))
            {
                continue;
            }
            if (next.GetCustomAttribute<StateMachineAttribute>() is { } stateMachine)
            {
                pending.Push(stateMachine.StateMachineType.GetMethod("MoveNext", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Instance)!);
            }
            if (next.DeclaringType?.TypeInitializer is { } typeInitializer)
            {
                pending.Push(typeInitializer);
            }
            foreach (var member in Calls(next))
            {
                var gateways = member is MethodBase called ? Gateways(called) : [];
                needs.UnionWith(gateways);
                if (gateways.Count == 0 && member.Module == TestClassMarker.Module)
                {
                    if (member is MethodBase inAssembly)
                    {
                        // A generic instance shares its definition's IL.
                        pending.Push(inAssembly.Module.ResolveMethod(inAssembly.MetadataToken)!);
                    }
                    else if (member.DeclaringType?.TypeInitializer is { } fieldOwner)
                    {
                        pending.Push(fieldOwner);
                    }
                }
            }
        }
        return needs.ToList();
    }

    /// <summary>The methods a method calls or takes as a delegate, and the fields it reads or writes.</summary>
    private static IEnumerable<MemberInfo> Calls(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }
        var typeArguments = method.DeclaringType is { IsGenericType: true } type ? type.GetGenericArguments() : null;
        var methodArguments = method is MethodInfo { IsGenericMethod: true } ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var code = il[at] == 0xFE ? OpCodesByValue[unchecked((short)(0xFE00 | il[at + 1]))] : OpCodesByValue[il[at]];
            at += code.Size;
            var operand = at;
            at += code.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, operand),
                _ => 4,
            };
            if (code.OperandType == OperandType.InlineMethod)
            {
                yield return method.Module.ResolveMethod(BitConverter.ToInt32(il, operand), typeArguments, methodArguments)!;
            }
            else if (code.OperandType == OperandType.InlineField)
            {
                yield return method.Module.ResolveField(BitConverter.ToInt32(il, operand), typeArguments, methodArguments)!;
            }
        }
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (OpCode)field.GetValue(null)!)
        .ToDictionary(code => code.Value);

    private static string Describe(string program) => program == AnyProgram ? program : $"[Needs{program}]";
}
