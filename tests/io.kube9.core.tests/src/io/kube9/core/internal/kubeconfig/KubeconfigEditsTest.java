package io.kube9.core.internal.kubeconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The namespace and current-context edits change that one value; every other character stays. */
class KubeconfigEditsTest {

	/** A kubeconfig as people keep them: comments, extensions, preferences, keys kubectl does not know. */
	private static final String REAL_WORLD = """
			# managed by hand; keep the comments
			apiVersion: v1
			kind: Config
			preferences:
			  colors: true   # odd but legal
			x-unknown-top: {keep: me}
			clusters:
			- cluster:
			    server: https://dev:6443
			    extensions:
			    - name: client.authentication.k8s.io/exec
			      extension: {audience: dev}
			  name: dev-cluster
			users:
			- name: dev-user
			  user:
			    token: t0k3n   # not a secret here, just text
			contexts:
			# the dev context
			- context:
			    cluster: dev-cluster
			    user: dev-user   # trailing comment
			  name: dev
			- name: with-ns
			  context:
			    namespace: old-ns # keep this comment
			    cluster: dev-cluster
			    user: dev-user
			    x-unknown: {a: [1, 2]}
			- name: flow
			  context: {cluster: dev-cluster, user: dev-user}
			- name: flow-ns
			  context: {cluster: dev-cluster, namespace: old, user: dev-user}
			- name: nested-last
			  context:
			    cluster: dev-cluster
			    extensions:
			    - name: my-extension
			      extension:
			        data: [x]
			    # comment after the extensions
			  # comment at the entry's level
			current-context: dev
			""";

	@Test
	void replacesAnExistingNamespaceKeepingItsComment() throws Exception {
		String edited = KubeconfigEdits.withContextNamespace(REAL_WORLD, "with-ns", "new-ns");

		assertEquals(REAL_WORLD.replace("    namespace: old-ns # keep this comment\n",
				"    namespace: new-ns # keep this comment\n"), edited);
		assertOnlyLineChanged(REAL_WORLD, edited, "    namespace: new-ns # keep this comment");
	}

	@Test
	void insertsANamespaceAfterTheLastKeyWithTheSiblingsIndentation() throws Exception {
		String edited = KubeconfigEdits.withContextNamespace(REAL_WORLD, "dev", "team-a");

		assertEquals(REAL_WORLD.replace("    user: dev-user   # trailing comment\n",
				"    user: dev-user   # trailing comment\n    namespace: team-a\n"), edited);
		assertOnlyLineInserted(REAL_WORLD, edited, "    namespace: team-a");
	}

	@Test
	void insertsIntoAFlowMapping() throws Exception {
		String edited = KubeconfigEdits.withContextNamespace(REAL_WORLD, "flow", "team-a");

		assertEquals(REAL_WORLD.replace("  context: {cluster: dev-cluster, user: dev-user}\n",
				"  context: {cluster: dev-cluster, user: dev-user, namespace: team-a}\n"), edited);
	}

	@Test
	void replacesANamespaceInAFlowMapping() throws Exception {
		String edited = KubeconfigEdits.withContextNamespace(REAL_WORLD, "flow-ns", "new");

		assertEquals(REAL_WORLD.replace("{cluster: dev-cluster, namespace: old, user: dev-user}",
				"{cluster: dev-cluster, namespace: new, user: dev-user}"), edited);
	}

	@Test
	void insertsAfterANestedLastValueBeforeTheComments() throws Exception {
		String edited = KubeconfigEdits.withContextNamespace(REAL_WORLD, "nested-last", "team-a");

		assertEquals(REAL_WORLD.replace("        data: [x]\n", "        data: [x]\n    namespace: team-a\n"), edited);
	}

	@Test
	void insertsIntoAnEmptyFlowMappingAndFillsAnEmptyValue() throws Exception {
		String empty = "contexts:\n- name: a\n  context: {}\n";
		assertEquals("contexts:\n- name: a\n  context: {namespace: n}\n",
				KubeconfigEdits.withContextNamespace(empty, "a", "n"));

		String blank = "contexts:\n- name: a\n  context:\n    cluster: c\n    namespace:\n    user: u\n";
		assertEquals(blank.replace("    namespace:\n", "    namespace: n\n"),
				KubeconfigEdits.withContextNamespace(blank, "a", "n"));
	}

	@Test
	void aLastValueWrittenAsBlockScalarStaysIntact() throws Exception {
		String text = "contexts:\n- name: a\n  context:\n    cluster: c\n    x-note: |\n      line one\n      line two\n\n  # end\n";

		String edited = KubeconfigEdits.withContextNamespace(text, "a", "n");

		assertEquals(text.replace("      line two\n\n", "      line two\n\n    namespace: n\n"), edited);
	}

	@Test
	void quotesValuesThatAreNotPlainStrings() throws Exception {
		String text = "contexts:\n- name: a\n  context:\n    cluster: c\n";
		assertTrue(KubeconfigEdits.withContextNamespace(text, "a", "123").endsWith("    namespace: \"123\"\n"));
		assertTrue(KubeconfigEdits.withContextNamespace(text, "a", "yes").endsWith("    namespace: \"yes\"\n"));
		assertTrue(KubeconfigEdits.withContextNamespace(text, "a", "a b#c").endsWith("    namespace: \"a b#c\"\n"));
		String flow = "contexts:\n- name: a\n  context: {cluster: c}\n";
		assertEquals("contexts:\n- name: a\n  context: {cluster: c, namespace: \"x:y\"}\n",
				KubeconfigEdits.withContextNamespace(flow, "a", "x:y"));
	}

	@Test
	void keepsWindowsLineEndingsAndAMissingFinalNewline() throws Exception {
		String crlf = "contexts:\r\n- name: a\r\n  context:\r\n    cluster: c\r\n    user: u\r\n";
		assertEquals(crlf + "    namespace: n\r\n", KubeconfigEdits.withContextNamespace(crlf, "a", "n"));

		String open = "contexts:\n- name: a\n  context:\n    cluster: c";
		assertEquals(open + "\n    namespace: n", KubeconfigEdits.withContextNamespace(open, "a", "n"));
	}

	@Test
	void onlyTheFirstContextOfThatNameChanges() throws Exception {
		String text = """
				contexts:
				- name: a
				  context:
				    cluster: c
				- name: b
				  context:
				    cluster: c
				- name: a
				  context:
				    cluster: second-a
				""";

		String edited = KubeconfigEdits.withContextNamespace(text, "a", "n");

		assertEquals(text.replaceFirst("    cluster: c\n", "    cluster: c\n    namespace: n\n"), edited);
	}

	@Test
	void setsTheCurrentContextWhereverItIs() throws Exception {
		assertEquals(REAL_WORLD.replace("current-context: dev\n", "current-context: flow\n"),
				KubeconfigEdits.withCurrentContext(REAL_WORLD, "flow"));

		String quotedEmpty = "current-context: \"\" # none yet\nclusters: []\n";
		assertEquals("current-context: gke_proj_zone_c # none yet\nclusters: []\n",
				KubeconfigEdits.withCurrentContext(quotedEmpty, "gke_proj_zone_c"));
	}

	@Test
	void addsTheCurrentContextAfterTheLastTopLevelEntry() throws Exception {
		String without = REAL_WORLD.replace("current-context: dev\n", "");

		String edited = KubeconfigEdits.withCurrentContext(without, "arn:aws:eks:eu-west-1:1:cluster/x");

		assertEquals(without.replace("        data: [x]\n", "        data: [x]\ncurrent-context: arn:aws:eks:eu-west-1:1:cluster/x\n"),
				edited);
		assertEquals("# only a comment\ncurrent-context: a\n", KubeconfigEdits.withCurrentContext("# only a comment\n", "a"));
		assertEquals("current-context: a\n", KubeconfigEdits.withCurrentContext("", "a"));
	}

	@Test
	void refusesWhatItCannotEditSafely() {
		assertRefused("contexts: [", "not valid YAML");
		assertRefused("contexts:\n- name: a\n  context: {cluster: c}\nx: !!int text\n", "not valid YAML");
		assertRefused("- a\n", "defines no contexts");
		assertRefused("contexts:\n- name: b\n  context: {}\n", "does not define the context 'a'");
		assertRefused("contexts:\n- name: a\n", "has no context mapping");
		assertRefused("base: &base {cluster: c}\ncontexts:\n- name: a\n  context: *base\n", "anchor");
		assertRefused("contexts:\n- name: a\n  context:\n    namespace: {x: y}\n", "not a plain value");
		assertThrows(KubeconfigEditException.class, () -> KubeconfigEdits.withCurrentContext("- a\n", "a"));
	}

	private static void assertRefused(String text, String reason) {
		KubeconfigEditException error = assertThrows(KubeconfigEditException.class,
				() -> KubeconfigEdits.withContextNamespace(text, "a", "n"));
		assertTrue(error.getMessage().contains(reason), error.getMessage());
	}

	@Test
	void theEditedFileReadsAsTheOldOneWithTheNewNamespace() throws Exception {
		String edited = KubeconfigEdits.withContextNamespace(REAL_WORLD, "nested-last", "team-a");

		Map<?, ?> document = (Map<?, ?>) KubeconfigYaml.newYaml().load(edited);
		Map<?, ?> context = (Map<?, ?>) ((Map<?, ?>) ((List<?>) document.get("contexts")).get(4)).get("context");
		assertEquals("team-a", context.get("namespace"));
		assertEquals(List.of(Map.of("name", "my-extension", "extension", Map.of("data", List.of("x")))),
				context.get("extensions"));
	}

	/** Both texts are the same line for line, except one line that is now {@code line}. */
	private static void assertOnlyLineChanged(String before, String after, String line) {
		List<String> old = before.lines().toList();
		List<String> now = after.lines().toList();
		assertEquals(old.size(), now.size());
		int index = now.indexOf(line);
		assertTrue(index >= 0, "changed line missing");
		List<String> rest = new ArrayList<>(now);
		rest.set(index, old.get(index));
		assertEquals(old, rest);
	}

	/** The new text is the old one with {@code line} added and nothing else. */
	private static void assertOnlyLineInserted(String before, String after, String line) {
		List<String> now = new ArrayList<>(after.lines().toList());
		assertTrue(now.remove(line), "inserted line missing");
		assertEquals(before, String.join("\n", now) + "\n");
	}
}
