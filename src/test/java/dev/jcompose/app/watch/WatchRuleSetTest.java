package dev.jcompose.app.watch;

import dev.jcompose.exec.DockerIgnore;
import dev.jcompose.model.ServiceHook;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which changed file asks what of which service. */
class WatchRuleSetTest {

    private static final Path P = Path.of("/proj");
    private static final ServiceHook RELOAD = new ServiceHook(List.of("kill", "-HUP", "1"), null, false, null, Map.of());

    private static WatchRuleSet.Rule rule(String service, String path, String action, String target, String... ignore) {
        return new WatchRuleSet.Rule(service, P.resolve(path), action, target,
                DockerIgnore.parse(String.join("\n", ignore)), null, null, null,
                action.equals("sync+exec") ? RELOAD : null, false);
    }

    private static WatchRuleSet.Change changed(String path) {
        return new WatchRuleSet.Change(P.resolve(path), true);
    }

    private static WatchRuleSet.Change deleted(String path) {
        return new WatchRuleSet.Change(P.resolve(path), false);
    }

    @Test
    void syncMapsEachFileUnderTheTargetAndDeletesWhatWasDeleted() {
        WatchRuleSet set = new WatchRuleSet(List.of(rule("web", "www", "sync", "/usr/share/html")));
        assertEquals(List.of(new WatchRuleSet.Action("web", false, false, List.of(
                        new WatchRuleSet.Sync(P.resolve("www/index.html"), "/usr/share/html/index.html", false),
                        new WatchRuleSet.Sync(P.resolve("www/css/a.css"), "/usr/share/html/css/a.css", true)),
                        List.of(), List.of("index.html", "css/a.css"))),
                set.actionsFor(List.of(changed("www/index.html"), deleted("www/css/a.css"), changed("other.txt"))));
    }

    @Test
    void aSingleFileRuleMapsToItsTarget() {
        WatchRuleSet set = new WatchRuleSet(List.of(rule("api", "package.json", "sync+restart", "/app/package.json")));
        WatchRuleSet.Action a = set.actionsFor(List.of(changed("package.json"))).get(0);
        assertEquals(List.of(new WatchRuleSet.Sync(P.resolve("package.json"), "/app/package.json", false)), a.syncs());
        assertTrue(a.restart());
        assertEquals(List.of("package.json"), a.changed());
        assertEquals(List.of(), set.actionsFor(List.of(changed("package.json.bak"))), "a sibling is not the file");
    }

    @Test
    void ignorePatternsAreRelativeToTheRulesPathAndEditorFilesNeverCount() {
        WatchRuleSet set = new WatchRuleSet(List.of(rule("web", "www", "sync", "/www", "drafts/", "**/*.tmp")));
        assertEquals(List.of(), set.actionsFor(List.of(changed("www/drafts/new.html"), changed("www/a/b.tmp"),
                changed("www/.index.html.swp"), changed("www/index.html~"), changed("www/.git/HEAD"),
                changed("www/4913"), changed("www/.#index.html"))));
        assertEquals(1, set.actionsFor(List.of(changed("www/draft.html"))).size());
    }

    @Test
    void includePatternsLimitTheFilesThatCount() {
        WatchRuleSet.Rule js = new WatchRuleSet.Rule("web", P.resolve("src"), "sync", "/app", DockerIgnore.none(),
                DockerIgnore.parse("*.js\nlib/"), null, null, null, false);
        WatchRuleSet set = new WatchRuleSet(List.of(js));
        assertEquals(List.of(), set.actionsFor(List.of(changed("src/README.md"), changed("src/sub/a.css"))));
        assertEquals(List.of("main.js", "lib/util.ts"),
                set.actionsFor(List.of(changed("src/main.js"), changed("src/lib/util.ts"))).get(0).changed());
    }

    @Test
    void rebuildWinsOverSyncAndHonoursTheContextsDockerignore() {
        WatchRuleSet.Rule rebuild = new WatchRuleSet.Rule("api", P, "rebuild", null, DockerIgnore.none(), null, P,
                DockerIgnore.parse("README.md\nnode_modules"), null, false);
        WatchRuleSet set = new WatchRuleSet(List.of(rule("api", "src", "sync", "/app/src"), rebuild));
        WatchRuleSet.Action a = set.actionsFor(List.of(changed("src/main.js"))).get(0);
        assertTrue(a.rebuild());
        assertEquals(List.of(), a.syncs(), "the new containers get the file from the build");
        assertEquals(List.of(), set.actionsFor(List.of(changed("README.md"), changed("node_modules/x/index.js"))));
    }

    @Test
    void syncPlusExecRunsTheRulesCommandOnce() {
        WatchRuleSet set = new WatchRuleSet(List.of(rule("web", "conf", "sync+exec", "/etc/app")));
        WatchRuleSet.Action a = set.actionsFor(List.of(changed("conf/a.conf"), changed("conf/b.conf"))).get(0);
        assertEquals(List.of(RELOAD), a.execs());
        assertEquals(2, a.syncs().size());
        assertFalse(a.restart());
    }

    @Test
    void paths() {
        assertEquals("a/b", WatchRuleSet.relative(P, P.resolve("a/b")));
        assertEquals("", WatchRuleSet.relative(P, P));
        assertNull(WatchRuleSet.relative(P.resolve("a"), P.resolve("ab")));
        assertEquals("/t/x", WatchRuleSet.containerPath("/t/", "x"));
        assertEquals("/t", WatchRuleSet.containerPath("/t", ""));
    }
}
