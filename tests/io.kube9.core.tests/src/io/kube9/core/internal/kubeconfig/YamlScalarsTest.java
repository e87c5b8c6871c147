package io.kube9.core.internal.kubeconfig;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A value written as a scalar reads back as the same string. */
class YamlScalarsTest {

	@Test
	void plainWhenUnambiguous() {
		for (String value : List.of("default", "team-a", "kube-system", "gke_p_z_c", "user@cluster", "a.b/c",
				"arn:aws:eks:eu-west-1:123:cluster/x")) {
			assertEquals(value, YamlScalars.scalar(value, false));
		}
	}

	@Test
	void quotedWhenYamlWouldReadSomethingElse() {
		assertEquals("\"123\"", YamlScalars.scalar("123", false));
		assertEquals("\"1e3\"", YamlScalars.scalar("1e3", false));
		assertEquals("\"no\"", YamlScalars.scalar("no", false));
		assertEquals("\"null\"", YamlScalars.scalar("null", false));
		assertEquals("\"~\"", YamlScalars.scalar("~", false));
		assertEquals("\"12:30\"", YamlScalars.scalar("12:30", false));
		assertEquals("\"\"", YamlScalars.scalar("", false));
		assertEquals("\"-x\"", YamlScalars.scalar("-x", false));
		assertEquals("\"a: b\"", YamlScalars.scalar("a: b", false));
		assertEquals("\"a:\"", YamlScalars.scalar("a:", false));
		assertEquals("\"a:b\"", YamlScalars.scalar("a:b", true));
	}

	@Test
	void everyScalarReadsBackAsTheSameString() {
		for (String value : List.of("plain", "123", "true", "a \"quoted\" \\ back", "tab\there", "line\nbreak",
				"# not a comment", "&anchor", "*alias", "ünïcödé", "emoji \uD83D\uDE80", "\u0007bell", "[x]", "{y}")) {
			for (boolean flow : new boolean[] { false, true }) {
				String yaml = flow ? "{k: " + YamlScalars.scalar(value, true) + "}" : "k: " + YamlScalars.scalar(value, false);
				assertEquals(Map.of("k", value), KubeconfigYaml.newYaml().load(yaml), yaml);
			}
		}
	}
}
