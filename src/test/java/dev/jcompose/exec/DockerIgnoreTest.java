package dev.jcompose.exec;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DockerIgnoreTest {

    @Test
    void aStarStaysWithinOneSegment() {
        DockerIgnore ignore = DockerIgnore.parse("*.log\n");
        assertTrue(ignore.excludes("debug.log"));
        assertFalse(ignore.excludes("logs/debug.log"));
        assertFalse(ignore.excludes("debug.log.txt"));
    }

    @Test
    void twoStarsSpanAnyNumberOfDirectoriesEvenNone() {
        DockerIgnore ignore = DockerIgnore.parse("**/*.log\na/**/b\n");
        assertTrue(ignore.excludes("debug.log"));
        assertTrue(ignore.excludes("x/y/z/debug.log"));
        assertTrue(ignore.excludes("a/b"));
        assertTrue(ignore.excludes("a/x/y/b"));
        assertFalse(ignore.excludes("c/b"));
    }

    @Test
    void trailingTwoStarsTakeEverythingBelow() {
        DockerIgnore ignore = DockerIgnore.parse("cache/**");
        assertTrue(ignore.excludes("cache/a/b/c"));
        assertFalse(ignore.excludes("cached"));
    }

    @Test
    void aPatternMatchingADirectoryExcludesEverythingUnderIt() {
        DockerIgnore ignore = DockerIgnore.parse("node_modules\ndocs/\n/build\n");
        assertTrue(ignore.excludes("node_modules"));
        assertTrue(ignore.excludes("node_modules/left-pad/index.js"));
        assertTrue(ignore.excludes("docs/readme.md"));
        assertTrue(ignore.excludes("build/out/app.jar"));
        assertFalse(ignore.excludes("src/node_modules/x"));
        assertFalse(ignore.excludes("node_modules_old"));
    }

    @Test
    void anExceptionReincludesAndTheLastMatchingPatternDecides() {
        DockerIgnore ignore = DockerIgnore.parse("*.md\n!README.md\n!keep.txt\n*.txt\n");
        assertTrue(ignore.excludes("CHANGES.md"));
        assertFalse(ignore.excludes("README.md"));
        assertTrue(ignore.excludes("keep.txt"), "the later *.txt wins over the earlier !keep.txt");
        assertTrue(ignore.hasExceptions());
    }

    @Test
    void anExceptionCanReachIntoAnExcludedDirectory() {
        DockerIgnore ignore = DockerIgnore.parse("logs\n!logs/keep.log\n");
        assertTrue(ignore.excludes("logs/other.log"));
        assertFalse(ignore.excludes("logs/keep.log"));
    }

    @Test
    void questionMarksAndCharacterClassesMatchOneCharacter() {
        DockerIgnore ignore = DockerIgnore.parse("temp?\n[a-c].txt\n[!x]y\n");
        assertTrue(ignore.excludes("temp1"));
        assertFalse(ignore.excludes("temp12"));
        assertTrue(ignore.excludes("b.txt"));
        assertFalse(ignore.excludes("d.txt"));
        assertTrue(ignore.excludes("ay"));
        assertFalse(ignore.excludes("xy"));
    }

    @Test
    void regexCharactersInPatternsAreLiteral() {
        DockerIgnore ignore = DockerIgnore.parse("a+b(1).txt\n");
        assertTrue(ignore.excludes("a+b(1).txt"));
        assertFalse(ignore.excludes("aab(1)xtxt"));
    }

    @Test
    void commentsBlankLinesAndSurroundingSpaceAreIgnored() {
        DockerIgnore ignore = DockerIgnore.parse("# secret.txt\n\n   \n  ./tmp/../secret  \r\n");
        assertTrue(ignore.excludes("secret"));
        assertFalse(ignore.excludes("# secret.txt"));
        assertFalse(ignore.excludes("tmp"));
        assertFalse(ignore.hasExceptions());
    }

    @Test
    void keptPathsStayEvenWhenEverythingIsExcluded() {
        DockerIgnore ignore = DockerIgnore.parse("*\n").keeping(List.of("docker/Dockerfile", ".dockerignore"));
        assertTrue(ignore.excludes("app.jar"));
        assertFalse(ignore.excludes("docker/Dockerfile"));
        assertFalse(ignore.excludes(".dockerignore"));
    }

    @Test
    void nothingIsExcludedWithoutPatterns() {
        assertFalse(DockerIgnore.none().excludes("anything/at/all"));
        assertFalse(DockerIgnore.parse("").excludes("a"));
    }

    @Test
    void cleaningFollowsGoFilepathClean() {
        assertEquals("a/c", DockerIgnore.clean("./a//b/../c/"));
        assertEquals("build", DockerIgnore.clean("/build"));
        assertEquals("x", DockerIgnore.clean("/../x"));
    }
}
