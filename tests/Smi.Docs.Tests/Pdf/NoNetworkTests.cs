using System.Text.RegularExpressions;
using Smi.Docs.Pdf;

namespace Smi.Docs.Tests.Pdf;

/// <summary>
/// Rendering goes to no network at all (issue 11): Chromium, run under <c>strace -f</c>, starts, prints a letter and
/// idles while its background services (sign-in, component updates) would ask for outside hosts. No process of it may
/// open an internet connection or ask a DNS server anything. Without <c>--host-resolver-rules</c> in
/// <c>ChromiumSession</c> this fails on a dozen connects to port 53.
/// </summary>
[NeedsChromium, NeedsStrace]
public sealed partial class NoNetworkTests
{
    // Chromium's IPv6 reachability probe (net/dns/host_resolver_manager.cc): connect() on a UDP socket only asks the
    // kernel for a route, no packet leaves. It is the one internet address a connect may name.
    private const string Ipv6RouteProbe = "\"2001:4860:4860::8888\"";

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Chromium_connects_to_nothing_outside_the_machine_while_starting_and_printing()
    {
        using var traced = new FakeChromium(
            $"exec strace -f -qq -e trace=connect -e signal=none -o '{{folder}}/connects' {PdfPrinterOptions.DefaultChromiumPath} \"$@\"");
        var ct = TestContext.Current.CancellationToken;

        await using (var printer = await ChromiumPdfPrinter.StartAsync(new PdfPrinterOptions(traced.Path, Pages: 1), ct))
        {
            Assert.NotEmpty(await printer.PrintAsync(PdfSamples.DutchLetter(), DateTime.UnixEpoch, ct));
            // The sign-in and update requests start within about a second of launch; give them time to try.
            await Task.Delay(TimeSpan.FromSeconds(3), ct);
        }

        var connects = File.ReadAllLines(traced.FileNamed("connects")).Where(line => line.Contains("connect(", StringComparison.Ordinal)).ToList();
        Assert.Contains(connects, line => line.Contains("AF_UNIX", StringComparison.Ordinal)); // strace saw the browser's processes
        var outside = connects
            .Where(line => InternetFamily().IsMatch(line) && !Loopback().IsMatch(line) && !line.Contains(Ipv6RouteProbe, StringComparison.Ordinal))
            .Select(line => Address().Match(line).Value)
            .ToList();
        Assert.True(outside.Count == 0, "Chromium connected to: " + string.Join(", ", outside.Distinct()));
    }

    [GeneratedRegex(@"sa_family=AF_INET6?\b")]
    private static partial Regex InternetFamily();

    [GeneratedRegex(@"inet_addr\(""127\.|inet_pton\(AF_INET6, ""::1""")]
    private static partial Regex Loopback();

    [GeneratedRegex(@"\{sa_family=[^}]*\}")]
    private static partial Regex Address();
}
