package io.kube9.core.internal.kubeconfig;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Sets one scalar key of a YAML mapping by editing the text at the node's position: the value's span is
 * replaced, or one key is added after the mapping's last entry. Every other character stays as it was.
 */
public final class MappingTextEdit {

	private MappingTextEdit() {
	}

	/** The text with {@code key: value} set in the mapping. */
	public static String setScalar(YamlText yaml, MappingNode mapping, String key, String value)
			throws KubeconfigEditException {
		if (mapping.getAnchor() != null) {
			throw new KubeconfigEditException(KubeconfigMessages.edit_anchor);
		}
		boolean flow = mapping.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
		String scalar = YamlScalars.scalar(value, flow);
		List<NodeTuple> tuples = mapping.getValue();
		for (NodeTuple tuple : tuples) {
			if (tuple.getKeyNode() instanceof ScalarNode name && key.equals(name.getValue())) {
				return replace(yaml, tuple, key, scalar);
			}
		}
		return flow ? insertInFlow(yaml, mapping, key, scalar) : insertInBlock(yaml, mapping, key, scalar);
	}

	private static String replace(YamlText yaml, NodeTuple tuple, String key, String scalar)
			throws KubeconfigEditException {
		Node node = tuple.getValueNode();
		if (!(node instanceof ScalarNode) || node.getAnchor() != null || isAlias(yaml, tuple)) {
			throw new KubeconfigEditException(NLS.bind(KubeconfigMessages.edit_notPlain, key));
		}
		String text = yaml.text();
		int start = yaml.offset(node.getStartMark());
		int end = yaml.offset(node.getEndMark());
		String replacement;
		if (start == end) {
			// An empty value ("key:") sits right after the colon.
			replacement = " " + scalar;
		} else {
			// A block scalar's span runs over its trailing line breaks; they stay.
			String old = text.substring(start, end);
			String trailing = old.substring(old.stripTrailing().length());
			int lineBreak = trailing.indexOf('\n');
			if (lineBreak > 0 && trailing.charAt(lineBreak - 1) == '\r') {
				lineBreak--;
			}
			replacement = scalar + (lineBreak < 0 ? "" : trailing.substring(lineBreak));
		}
		return text.substring(0, start) + replacement + text.substring(end);
	}

	private static String insertInFlow(YamlText yaml, MappingNode mapping, String key, String scalar)
			throws KubeconfigEditException {
		String text = yaml.text();
		List<NodeTuple> tuples = mapping.getValue();
		int position;
		String entry;
		if (tuples.isEmpty()) {
			position = text.indexOf('{', yaml.offset(mapping.getStartMark())) + 1;
			entry = key + ": " + scalar;
		} else {
			NodeTuple last = tuples.get(tuples.size() - 1);
			if (isAlias(yaml, last)) {
				throw new KubeconfigEditException(KubeconfigMessages.edit_alias);
			}
			// Right after the last value, so "{a: 1 }" and "{a: 1,}" both stay valid.
			position = yaml.offset(last.getValueNode().getEndMark());
			entry = ", " + key + ": " + scalar;
		}
		return text.substring(0, position) + entry + text.substring(position);
	}

	private static String insertInBlock(YamlText yaml, MappingNode mapping, String key, String scalar) {
		String text = yaml.text();
		NodeTuple last = mapping.getValue().get(mapping.getValue().size() - 1);
		// Sibling keys of a block mapping share one column, and YAML indents with spaces only.
		String line = " ".repeat(last.getKeyNode().getStartMark().getColumn()) + key + ": " + scalar;
		int position = endOfEntry(yaml, last);
		if (position == text.length() && !text.isEmpty() && !text.endsWith("\n")) {
			return text + yaml.lineBreak() + line;
		}
		return text.substring(0, position) + line + yaml.lineBreak() + text.substring(position);
	}

	/** Where the line after an entry of a block mapping starts (past a comment trailing its last value). */
	private static int endOfEntry(YamlText yaml, NodeTuple tuple) {
		return endOfNode(yaml, tuple.getValueNode(), tuple);
	}

	private static int endOfNode(YamlText yaml, Node node, NodeTuple owner) {
		int ownerKeyEnd = yaml.offset(owner.getKeyNode().getEndMark());
		if (yaml.offset(node.getStartMark()) < ownerKeyEnd) {
			// An alias ("key: *name") has the anchored node's marks; the alias itself ends the key's line.
			return yaml.nextLineStart(ownerKeyEnd);
		}
		// A block collection ends where the next token starts, maybe lines later: descend to its last content.
		if (node instanceof MappingNode map && map.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
				&& !map.getValue().isEmpty()) {
			return endOfEntry(yaml, map.getValue().get(map.getValue().size() - 1));
		}
		if (node instanceof SequenceNode sequence && sequence.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
				&& !sequence.getValue().isEmpty()) {
			return endOfNode(yaml, sequence.getValue().get(sequence.getValue().size() - 1), owner);
		}
		String text = yaml.text();
		int end = yaml.offset(node.getEndMark());
		if (end >= text.length()) {
			return text.length();
		}
		int lineStart = yaml.lineStart(end);
		if (text.substring(lineStart, end).isBlank()) {
			// A block scalar ends after its line breaks, at the start of the next line.
			return lineStart;
		}
		return yaml.nextLineStart(end);
	}

	/** An alias value is the anchored node itself, which lies before the alias's key. */
	private static boolean isAlias(YamlText yaml, NodeTuple tuple) {
		return yaml.offset(tuple.getValueNode().getStartMark()) < yaml.offset(tuple.getKeyNode().getEndMark());
	}
}
