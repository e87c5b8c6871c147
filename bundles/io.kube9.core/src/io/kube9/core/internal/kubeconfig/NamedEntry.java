package io.kube9.core.internal.kubeconfig;

import java.nio.file.Path;
import java.util.Map;

/**
 * One item of a kubeconfig's clusters, users or contexts list: its name, its body (the {@code cluster:},
 * {@code user:} or {@code context:} mapping, already copied and with relative paths made absolute) and the file
 * that defines it.
 *
 * @param name      the entry's name
 * @param body      the entry's body; empty when the item has none
 * @param file      the defining file
 * @param malformed why the body is unusable (not a mapping), or null
 */
public record NamedEntry(String name, Map<String, Object> body, Path file, String malformed) {

	@Override
	public String toString() {
		// The body may hold credentials: name where it comes from, never what it holds.
		return "NamedEntry[" + name + " in " + file + "]";
	}
}
