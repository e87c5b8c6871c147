package io.kube9.core.internal.source;

import java.util.LinkedHashMap;
import java.util.Map;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;

/**
 * One copy of what many listed items repeat: namespaces, label keys and values, status lines, whole label maps.
 * A namespace of 50,000 pods has one namespace, a few label maps (one per ReplicaSet) and a few status lines;
 * without this each item kept copies of its own. Weak, so a value no item holds any more is collected.
 */
final class SharedValues {

	private static final Interner<String> TEXTS = Interners.newWeakInterner();
	private static final Interner<Map<String, String>> LABELS = Interners.newWeakInterner();

	private SharedValues() {
	}

	/** The shared copy of a text; null stays null. */
	static String text(String text) {
		return text == null ? null : TEXTS.intern(text);
	}

	/** An unmodifiable copy of labels, shared with every item of equal labels, its keys and values shared too. */
	static Map<String, String> labels(Map<String, String> labels) {
		if (labels.isEmpty()) {
			return Map.of();
		}
		Map<String, String> shared = new LinkedHashMap<>();
		labels.forEach((key, value) -> shared.put(text(key), text(value)));
		return LABELS.intern(Map.copyOf(shared));
	}
}
