package io.kube9.installcheck;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * What the framework says about an installation: every bundle resolves (a uses-constraint violation leaves a
 * bundle unresolved, and is named as such), our bundles are there, and slf4j finds its provider through SPI Fly.
 */
final class BundleChecks {

	static final List<String> OUR_BUNDLES = List.of("io.kube9.core", "io.kube9.ui", "io.kube9.preferences",
			"io.kube9.gson.exports", "io.kube9.jose4j.exports");
	private static final String SLF4J_PROVIDER = "org.slf4j.spi.SLF4JServiceProvider";
	/** Libraries an IDE package may bring in other versions: which one our bundles were wired to is reported. */
	private static final List<String> SHARED_PACKAGES = List.of("com.google.gson", "com.google.common.cache",
			"org.slf4j", "org.bouncycastle.jce.provider", "org.objectweb.asm");

	private final BundleContext bundles;
	private final Problems problems;

	BundleChecks(BundleContext bundles, Problems problems) {
		this.bundles = bundles;
		this.problems = problems;
	}

	void run() {
		everyBundleResolves();
		ourBundles();
		loggingProvider();
		reportSharedWiring();
	}

	private void everyBundleResolves() {
		bundles.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(null);
		for (Bundle bundle : bundles.getBundles()) {
			if (bundle.getState() != Bundle.INSTALLED) {
				continue;
			}
			if (isFragment(bundle)) {
				problems.add("fragment not attached: " + name(bundle));
				continue;
			}
			try {
				// Still unresolved after the resolve above: starting it is how to get the reason.
				bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
			} catch (BundleException e) {
				String reason = String.valueOf(e.getMessage());
				problems.add((reason.contains("Uses constraint violation") ? "uses-constraint violation: "
						: "unresolved: ") + name(bundle) + ": " + reason);
			}
		}
	}

	private void ourBundles() {
		for (String name : OUR_BUNDLES) {
			Bundle bundle = find(name);
			if (bundle == null) {
				problems.add("not installed: " + name);
			} else if (bundle.getState() == Bundle.INSTALLED) {
				problems.add("not resolved: " + name);
			} else {
				Report.line(name + " " + bundle.getVersion() + " resolved");
			}
		}
		Bundle core = find("io.kube9.core");
		if (core != null && core.getState() != Bundle.INSTALLED) {
			try {
				core.loadClass("io.kubernetes.client.openapi.ApiClient").getConstructor().newInstance();
			} catch (ReflectiveOperationException | LinkageError e) {
				problems.add("io.kube9.core cannot create a Kubernetes client: " + e);
			}
		}
	}

	private void loggingProvider() {
		Bundle spiFly = find("org.apache.aries.spifly.dynamic.bundle");
		if (spiFly == null || spiFly.getState() != Bundle.ACTIVE) {
			problems.add("SPI Fly is not active: slf4j would fall back to its no-op logger");
		}
		boolean provided = false;
		for (Bundle bundle : bundles.getBundles()) {
			BundleRevision revision = bundle.adapt(BundleRevision.class);
			if (revision == null) {
				continue;
			}
			for (BundleCapability capability : revision.getDeclaredCapabilities("osgi.serviceloader")) {
				provided |= SLF4J_PROVIDER.equals(capability.getAttributes().get("osgi.serviceloader"))
						&& bundle.getState() == Bundle.ACTIVE;
			}
		}
		if (!provided) {
			problems.add("no active bundle provides " + SLF4J_PROVIDER);
		}
	}

	/** Which bundle and version each shared library package reaches our bundles (and the client) from. */
	private void reportSharedWiring() {
		Map<String, String> providers = new TreeMap<>();
		for (String name : List.of("io.kube9.core", "io.kubernetes.client-java", "io.kubernetes.client-java-api",
				"org.apache.aries.spifly.dynamic.bundle")) {
			Bundle bundle = find(name);
			BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
			if (wiring == null) {
				continue;
			}
			for (BundleWire wire : wiring.getRequiredWires("osgi.wiring.package")) {
				Object pkg = wire.getCapability().getAttributes().get("osgi.wiring.package");
				if (SHARED_PACKAGES.contains(pkg)) {
					providers.put(name + " <- " + pkg, name(wire.getProvider().getBundle()));
				}
			}
		}
		providers.forEach((what, from) -> Report.line("wired " + what + " from " + from));
	}

	Bundle find(String symbolicName) {
		Bundle found = null;
		for (Bundle bundle : bundles.getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())
					&& (found == null || bundle.getVersion().compareTo(found.getVersion()) > 0)) {
				found = bundle;
			}
		}
		return found;
	}

	private static boolean isFragment(Bundle bundle) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
	}

	private static String name(Bundle bundle) {
		return bundle.getSymbolicName() + " " + bundle.getVersion();
	}
}
