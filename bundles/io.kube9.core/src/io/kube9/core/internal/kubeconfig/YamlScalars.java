package io.kube9.core.internal.kubeconfig;

import java.util.regex.Pattern;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Writes a string as a YAML scalar that every reader (SnakeYAML, kubectl's Go YAML) reads back as that string. */
public final class YamlScalars {

	// Conservative: names like my-ns, gke_p_z_c, arn:aws:eks:...:cluster/x, user@host stay unquoted.
	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./@:-]*");

	private YamlScalars() {
	}

	/**
	 * The value as written into YAML: plain when that is unambiguous, else double-quoted.
	 *
	 * @param inFlow whether it goes into a flow collection ({@code {a: b}}), where ':' must be quoted as well
	 */
	public static String scalar(String value, boolean inFlow) {
		return isPlainSafe(value, inFlow) ? value : doubleQuoted(value);
	}

	static boolean isPlainSafe(String value, boolean inFlow) {
		if (!PLAIN.matcher(value).matches() || value.endsWith(":") || (inFlow && value.indexOf(':') >= 0)) {
			return false;
		}
		// Plain text that YAML 1.1 reads as a number, boolean or null (123, yes, ~, 1e3, 12:30) must be quoted.
		return new Resolver().resolve(NodeId.scalar, value, true).equals(Tag.STR);
	}

	static String doubleQuoted(String value) {
		StringBuilder out = new StringBuilder(value.length() + 2).append('"');
		value.codePoints().forEach(c -> {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c == 0x7f || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xfeff) {
					out.append(String.format("\\u%04x", c));
				} else {
					out.appendCodePoint(c);
				}
			}
			}
		});
		return out.append('"').toString();
	}
}
