package io.kube9.core.internal.kubeconfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies of the maps, lists and scalars SnakeYAML builds, and typed reads of their fields. */
public final class YamlValues {

	private YamlValues() {
	}

	/** A deep copy that nobody can change; map keys become strings. */
	public static Map<String, Object> immutableCopy(Map<?, ?> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(String.valueOf(key), immutableValue(value)));
		return Collections.unmodifiableMap(copy);
	}

	/** A deep copy the caller owns and may change (the Java client writes refreshed tokens into its maps). */
	public static Map<String, Object> mutableCopy(Map<?, ?> map) {
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((key, value) -> copy.put(String.valueOf(key), mutableValue(value)));
		return copy;
	}

	/** The field as text, or null when absent or not a scalar. */
	public static String string(Map<?, ?> map, String key) {
		Object value = map.get(key);
		if (value == null || value instanceof Map || value instanceof List) {
			return null;
		}
		return String.valueOf(value);
	}

	private static Object immutableValue(Object value) {
		if (value instanceof Map<?, ?> map) {
			return immutableCopy(map);
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach(item -> copy.add(immutableValue(item)));
			return Collections.unmodifiableList(copy);
		}
		return copyScalar(value);
	}

	private static Object mutableValue(Object value) {
		if (value instanceof Map<?, ?> map) {
			return mutableCopy(map);
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>(list.size());
			list.forEach(item -> copy.add(mutableValue(item)));
			return copy;
		}
		return copyScalar(value);
	}

	/** Scalars are immutable except the two mutable types SnakeYAML may build. */
	private static Object copyScalar(Object value) {
		if (value instanceof byte[] bytes) {
			return bytes.clone();
		}
		if (value instanceof java.util.Date date) {
			return new java.util.Date(date.getTime());
		}
		return value;
	}
}
