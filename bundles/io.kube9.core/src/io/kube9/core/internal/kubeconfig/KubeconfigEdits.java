package io.kube9.core.internal.kubeconfig;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The two edits kubectl makes to a kubeconfig that we make too, as text edits: everything but the one value
 * stays byte for byte. Each result is parsed again and must equal the old content with exactly that change, so a
 * file the edit does not understand is refused rather than damaged.
 */
public final class KubeconfigEdits {

	private KubeconfigEdits() {
	}

	/** The text with {@code namespace} set in the (first) context of that name. */
	public static String withContextNamespace(String text, String context, String namespace)
			throws KubeconfigEditException {
		YamlText yaml = YamlText.parse(text);
		if (!(yaml.root() instanceof MappingNode root) || !(value(root, "contexts") instanceof SequenceNode contexts)) {
			throw new KubeconfigEditException(KubeconfigMessages.edit_noContexts);
		}
		for (Node item : contexts.getValue()) {
			if (item instanceof MappingNode entry && value(entry, "name") instanceof ScalarNode name
					&& context.equals(name.getValue())) {
				if (!(value(entry, "context") instanceof MappingNode body)) {
					throw new KubeconfigEditException(NLS.bind(KubeconfigMessages.edit_noContextMapping, context));
				}
				String edited = MappingTextEdit.setScalar(yaml, body, "namespace", namespace);
				verify(text, edited, document -> contextBody(document, context).put("namespace", namespace));
				return edited;
			}
		}
		throw new KubeconfigEditException(NLS.bind(KubeconfigMessages.edit_noSuchContext, context));
	}

	/** The text with the top-level {@code current-context} set. */
	public static String withCurrentContext(String text, String context) throws KubeconfigEditException {
		YamlText yaml = YamlText.parse(text);
		String edited;
		if (yaml.root() == null) {
			// Empty or comments only: the key becomes the document.
			String separator = text.isEmpty() || text.endsWith("\n") ? "" : yaml.lineBreak();
			edited = text + separator + "current-context: " + YamlScalars.scalar(context, false) + yaml.lineBreak();
		} else if (yaml.root() instanceof MappingNode root) {
			edited = MappingTextEdit.setScalar(yaml, root, "current-context", context);
		} else {
			throw new KubeconfigEditException(KubeconfigMessages.edit_topLevelNotAMapping);
		}
		verify(text, edited, document -> document.put("current-context", context));
		return edited;
	}

	private static Node value(MappingNode mapping, String key) {
		for (NodeTuple tuple : mapping.getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode name && key.equals(name.getValue())) {
				return tuple.getValueNode();
			}
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	private static Map<Object, Object> contextBody(Map<Object, Object> document, String context) {
		for (Object item : (List<Object>) document.get("contexts")) {
			if (item instanceof Map<?, ?> entry && context.equals(String.valueOf(entry.get("name")))) {
				return (Map<Object, Object>) entry.get("context");
			}
		}
		throw new IllegalStateException("context vanished while verifying");
	}

	/** The edited text must read as the old one with the intended change and nothing else. */
	@SuppressWarnings("unchecked")
	private static void verify(String before, String after, Consumer<Map<Object, Object>> intended)
			throws KubeconfigEditException {
		Object expected;
		try {
			expected = KubeconfigYaml.newYaml().load(before);
		} catch (RuntimeException e) {
			// It composes but does not construct (e.g. a !!int tag on text).
			throw new KubeconfigEditException(NLS.bind(KubeconfigMessages.edit_notYaml, KubeconfigYaml.describe(e)));
		}
		Map<Object, Object> document = expected == null ? new LinkedHashMap<>() : (Map<Object, Object>) expected;
		intended.accept(document);
		Object actual;
		try {
			actual = KubeconfigYaml.newYaml().load(after);
		} catch (RuntimeException e) {
			throw new KubeconfigEditException(KubeconfigMessages.edit_wouldBreakYaml);
		}
		if (!Objects.equals(comparable(document), comparable(actual))) {
			throw new KubeconfigEditException(KubeconfigMessages.edit_wouldChangeMore);
		}
	}

	/** Binary values compare by content (a byte[] does not). */
	private static Object comparable(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((key, item) -> copy.put(comparable(key), comparable(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach(item -> copy.add(comparable(item)));
			return copy;
		}
		return value instanceof byte[] bytes ? Base64.getEncoder().encodeToString(bytes) : value;
	}
}
