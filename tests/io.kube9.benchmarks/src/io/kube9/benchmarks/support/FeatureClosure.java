package io.kube9.benchmarks.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarFile;

/**
 * Which of the feature's bundles an installation can do without: those that no other bundle needs. The feature
 * lists libraries a stock platform may also use (jakarta.annotation, for one); those stay. "Needs" means a
 * mandatory Require-Bundle or Import-Package, followed until nothing changes.
 */
final class FeatureClosure {

	/** What one bundle offers and asks for. */
	private record Bundle(String name, Set<String> exports, Set<String> imports, Set<String> requires) {
	}

	private FeatureClosure() {
	}

	/**
	 * @param jars           symbolic name → the bundle's jar (or folder)
	 * @param featurePlugins the feature's bundles
	 * @return the feature's bundles that may go
	 */
	static Set<String> removable(Map<String, Path> jars, Set<String> featurePlugins) throws IOException {
		Map<String, Bundle> bundles = new HashMap<>();
		for (Map.Entry<String, Path> jar : jars.entrySet()) {
			Attributes manifest = manifest(jar.getValue());
			if (manifest != null) {
				bundles.put(jar.getKey(), new Bundle(jar.getKey(), names(manifest.getValue("Export-Package"), false),
						names(manifest.getValue("Import-Package"), true),
						names(manifest.getValue("Require-Bundle"), true)));
			}
		}
		Set<String> kept = new HashSet<>(bundles.keySet());
		kept.removeIf(featurePlugins::contains);
		boolean changed = true;
		while (changed) {
			changed = false;
			for (String candidate : featurePlugins) {
				Bundle bundle = bundles.get(candidate);
				if (bundle != null && !kept.contains(candidate) && neededBy(bundle, kept, bundles)) {
					kept.add(candidate);
					changed = true;
				}
			}
		}
		Set<String> removable = new HashSet<>(featurePlugins);
		removable.removeAll(kept);
		return removable;
	}

	private static boolean neededBy(Bundle candidate, Set<String> kept, Map<String, Bundle> bundles) {
		for (String name : kept) {
			Bundle bundle = bundles.get(name);
			if (bundle == null) {
				continue;
			}
			if (bundle.requires().contains(candidate.name())) {
				return true;
			}
			for (String imported : bundle.imports()) {
				if (candidate.exports().contains(imported) && !exportedByKept(imported, kept, bundles)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean exportedByKept(String pkg, Set<String> kept, Map<String, Bundle> bundles) {
		return kept.stream().map(bundles::get).anyMatch(bundle -> bundle != null && bundle.exports().contains(pkg));
	}

	private static Attributes manifest(Path location) throws IOException {
		if (Files.isDirectory(location)) {
			Path file = location.resolve("META-INF/MANIFEST.MF");
			if (!Files.exists(file)) {
				return null;
			}
			try (var in = Files.newInputStream(file)) {
				return new java.util.jar.Manifest(in).getMainAttributes();
			}
		}
		try (JarFile jar = new JarFile(location.toFile())) {
			return jar.getManifest() == null ? null : jar.getManifest().getMainAttributes();
		}
	}

	/** The names in a manifest header; with {@code mandatoryOnly}, those not marked optional. */
	private static Set<String> names(String header, boolean mandatoryOnly) {
		Set<String> names = new HashSet<>();
		if (header == null) {
			return names;
		}
		for (String clause : clauses(header)) {
			String[] parts = clause.split(";");
			if (mandatoryOnly && clause.replace(" ", "").contains("resolution:=optional")) {
				continue;
			}
			names.add(parts[0].trim());
		}
		return names;
	}

	/** Splits at commas outside quotes. */
	private static List<String> clauses(String header) {
		List<String> clauses = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(current.toString());
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		clauses.add(current.toString());
		return clauses;
	}
}
