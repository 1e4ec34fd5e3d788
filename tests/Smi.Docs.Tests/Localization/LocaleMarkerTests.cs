using Smi.Docs.Diagnostics;
using Smi.Docs.Localization;

namespace Smi.Docs.Tests.Localization;

public sealed class LocaleMarkerTests
{
    private readonly LocaleFixture _fixture = LocaleFixture.Create();

    [Fact]
    public void Mark_updated_changes_only_the_hash_stores_the_Dutch_and_prunes_the_old_entry()
    {
        var oldHash = _fixture.HashOf("templates/brief/brief.sbn-md");
        _fixture.Edit("templates/brief/brief.sbn-md", "# Besluit", "# Ons besluit");
        var newHash = _fixture.HashOf("templates/brief/brief.sbn-md");
        var before = _fixture.Read("locales/en/brief/brief.sbn-md");
        // The Arabic translation still refers to the old Dutch, so its store entry must survive the first mark.
        var marker = new LocaleMarker(_fixture.Root);

        var changed = marker.Mark("en", marker.Resolve("en", ["locales/en/brief/brief.sbn-md"]));
        var prunedWhileArabicIsOld = marker.PruneStore();

        Assert.Equal(["locales/en/brief/brief.sbn-md"], changed);
        Assert.Equal(before.Replace($"bronHash: {oldHash}\n", $"bronHash: {newHash}\n", StringComparison.Ordinal), _fixture.Read("locales/en/brief/brief.sbn-md"));
        Assert.Contains(newHash[7..] + ".txt", _fixture.StoreEntries());
        Assert.Equal(LocaleFixture.Brief.Replace("# Besluit", "# Ons besluit", StringComparison.Ordinal), _fixture.Read($"locales/bron/{newHash[7..]}.txt"));
        Assert.Empty(prunedWhileArabicIsOld);

        marker.Mark("ar", marker.Resolve("ar", ["templates/brief/brief.sbn-md"]));
        var pruned = marker.PruneStore();

        Assert.Equal([oldHash], pruned);
        Assert.DoesNotContain(oldHash[7..] + ".txt", _fixture.StoreEntries());
    }

    [Fact]
    public void Mark_updated_rewrites_the_hash_in_a_YAML_vertaling_block_only()
    {
        const string path = "locales/en/catalogi/ontbrekende-gegevens.yaml";
        var oldHash = _fixture.HashOf("data/ontbrekende-gegevens.yaml");
        _fixture.Edit("data/ontbrekende-gegevens.yaml", "Vraag het uw werkgever.", "Vraag het aan uw werkgever.");
        var before = _fixture.Read(path);

        var marker = new LocaleMarker(_fixture.Root);
        marker.Mark("en", marker.Resolve("en", [path]));

        Assert.Equal(before.Replace(oldHash, _fixture.HashOf("data/ontbrekende-gegevens.yaml"), StringComparison.Ordinal), _fixture.Read(path));
        Assert.Equal(FileState.Complete, new LocaleChecker(_fixture.Root).Check("en").Single(r => r.TranslationPath == path).State);
    }

    [Fact]
    public void Mark_updated_writes_nothing_when_one_file_cannot_be_marked()
    {
        _fixture.Edit("templates/brief/brief.sbn-md", "# Besluit", "# Ons besluit");
        var before = _fixture.Snapshot();
        var marker = new LocaleMarker(_fixture.Root);

        var e = Assert.Throws<SmiDocsException>(() => marker.Mark("ar", marker.Resolve("ar", ["brief/brief.sbn-md", "partials/contact.sbn-md"])));

        Assert.Equal(LocalizationCodes.Missing.Id, Assert.Single(e.Diagnostics).Code);
        Assert.Equal(before, _fixture.Snapshot());
    }

    [Fact]
    public void An_unknown_file_is_named()
    {
        var e = Assert.Throws<SmiDocsException>(() => new LocaleMarker(_fixture.Root).Resolve("en", ["locales/en/nergens.sbn-md"]));

        Assert.Equal(LocalizationCodes.UnknownTranslation.Id, Assert.Single(e.Diagnostics).Code);
    }
}
