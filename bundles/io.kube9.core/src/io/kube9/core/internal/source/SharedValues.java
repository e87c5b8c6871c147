package io.kube9.core.internal.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

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

	/**
	 * An unmodifiable copy of an item's labels (a JSON object of texts, or null for none), shared with every item of
	 * equal labels, its keys and values shared too. Built in one step, straight from the object: no map in between.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, String> labels(JsonObject labels) {
		if (labels == null || labels.size() == 0) {
			return Map.of();
		}
		Map.Entry<String, String>[] entries = new Map.Entry[labels.size()];
		int next = 0;
		for (Map.Entry<String, JsonElement> label : labels.entrySet()) {
			entries[next++] = Map.entry(label.getKey(), label.getValue().getAsString());
		}
		return shared(entries);
	}

	/** The same from the labels' entries in the order read (protobuf's map entries), or null for none. */
	@SuppressWarnings("unchecked")
	static Map<String, String> labels(List<Map.Entry<String, String>> labels) {
		return labels == null || labels.isEmpty() ? Map.of() : shared(labels.toArray(new Map.Entry[0]));
	}

	private static Map<String, String> shared(Map.Entry<String, String>[] entries) {
		for (int i = 0; i < entries.length; i++) {
			entries[i] = Map.entry(text(entries[i].getKey()), text(entries[i].getValue()));
		}
		try {
			return LABELS.intern(Map.ofEntries(entries));
		} catch (IllegalArgumentException duplicate) {
			// A key given twice (no server sends that): the last one counts, as in a JSON object.
			Map<String, String> last = new LinkedHashMap<>();
			for (Map.Entry<String, String> entry : entries) {
				last.put(entry.getKey(), entry.getValue());
			}
			return LABELS.intern(Map.copyOf(last));
		}
	}
}
