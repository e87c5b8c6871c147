package io.kube9.benchmarks.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The materialized product (what ./run.sh starts) as the cold-start benchmark launches it: each variant gets a
 * configuration area of its own holding the product's bundles, with or without those only our feature needs,
 * plus the probe bundle, which is never part of the feature. The product's own folder is only read.
 */
public final class ProductInstallation {

	public static final String PRODUCT_PROPERTY = "kube9.bench.product";
	public static final String FEATURE_PROPERTY = "kube9.bench.feature";
	public static final String PROBE_PROPERTY = "kube9.bench.probe";

	private static final String BUNDLES_INFO = "org.eclipse.equinox.simpleconfigurator/bundles.info";
	private static final Pattern FEATURE_PLUGIN = Pattern.compile("<plugin\\s+id=\"([^\"]+)\"");

	private final Path product;
	private final Path probe;
	private final Set<String> featurePlugins;

	private ProductInstallation(Path product, Path probe, Set<String> featurePlugins) {
		this.product = product;
		this.probe = probe;
		this.featurePlugins = featurePlugins;
	}

	/** From the paths the benchmark's pom passes; fails with what is missing. */
	public static ProductInstallation fromSystemProperties() throws IOException {
		Path product = existing(PRODUCT_PROPERTY);
		Path feature = existing(FEATURE_PROPERTY);
		Path probeDirectory = existing(PROBE_PROPERTY);
		Path probe;
		try (Stream<Path> jars = Files.list(probeDirectory)) {
			probe = jars.filter(jar -> jar.getFileName().toString().matches("io\\.kube9\\.coldstart\\.probe-.*\\.jar"))
					.findFirst().orElseThrow(() -> new IOException("no probe jar in " + probeDirectory));
		}
		Set<String> plugins = new HashSet<>();
		Matcher matcher = FEATURE_PLUGIN.matcher(Files.readString(feature, StandardCharsets.UTF_8));
		while (matcher.find()) {
			plugins.add(matcher.group(1));
		}
		return new ProductInstallation(product, probe, Set.copyOf(plugins));
	}

	public Path launcher() throws IOException {
		try (Stream<Path> jars = Files.list(product.resolve("plugins"))) {
			return jars.filter(jar -> jar.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
					.findFirst().orElseThrow(() -> new IOException("no launcher in " + product));
		}
	}

	/**
	 * A new configuration area: the product's config.ini, and its bundle list with absolute locations, without the
	 * feature's bundles if asked, plus the probe.
	 */
	public Path configuration(Path directory, boolean withFeature) throws IOException {
		Path source = product.resolve("configuration");
		// A framework cache left by an earlier run would keep its bundles whatever the list says.
		deleteTree(directory);
		Files.createDirectories(directory.resolve(BUNDLES_INFO).getParent());
		List<String> config = new ArrayList<>();
		for (String line : Files.readAllLines(source.resolve("config.ini"), StandardCharsets.ISO_8859_1)) {
			// The p2 data stays the product's; the configuration area is ours.
			config.add(line.startsWith("eclipse.p2.data.area=")
					? "eclipse.p2.data.area=" + product.resolve("p2").toUri().toString().replace(":", "\\:")
					: line);
		}
		Files.write(directory.resolve("config.ini"), config, StandardCharsets.ISO_8859_1);
		List<String> lines = Files.readAllLines(source.resolve(BUNDLES_INFO), StandardCharsets.UTF_8);
		Set<String> removed = withFeature ? Set.of() : FeatureClosure.removable(locations(lines), featurePlugins);
		List<String> bundles = new ArrayList<>();
		for (String line : lines) {
			if (line.startsWith("#")) {
				bundles.add(line);
				continue;
			}
			String[] fields = line.split(",");
			if (removed.contains(fields[0])) {
				continue;
			}
			fields[2] = product.resolve(fields[2]).toUri().toString();
			bundles.add(String.join(",", fields));
		}
		bundles.add("io.kube9.coldstart.probe," + bundleVersion(probe) + "," + probe.toUri() + ",4,false");
		Files.write(directory.resolve(BUNDLES_INFO), bundles, StandardCharsets.UTF_8);
		return directory;
	}

	private Map<String, Path> locations(List<String> bundlesInfo) {
		Map<String, Path> locations = new HashMap<>();
		for (String line : bundlesInfo) {
			if (!line.startsWith("#")) {
				String[] fields = line.split(",");
				locations.put(fields[0], product.resolve(fields[2]));
			}
		}
		return locations;
	}

	/** Deletes a folder and everything in it, if it exists. */
	public static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	private static String bundleVersion(Path jar) throws IOException {
		try (JarFile file = new JarFile(jar.toFile())) {
			return file.getManifest().getMainAttributes().getValue("Bundle-Version");
		}
	}

	private static Path existing(String property) throws IOException {
		String value = System.getProperty(property);
		if (value == null || value.isBlank() || !Files.exists(Path.of(value))) {
			throw new IOException("system property " + property + " names no existing path: " + value
					+ " (./bench.sh builds the product before the benchmarks)");
		}
		return Path.of(value);
	}
}
