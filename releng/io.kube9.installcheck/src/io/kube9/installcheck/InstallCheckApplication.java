package io.kube9.installcheck;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Run inside an installation: every bundle must resolve, our bundles must start and reach the Kubernetes
 * client, and slf4j must find a provider through SPI Fly. Prints what it found; exit code 1 on any problem.
 */
public class InstallCheckApplication implements IApplication {

	private static final List<String> OUR_BUNDLES = List.of("io.kube9.core", "io.kube9.ui", "io.kube9.preferences",
			"io.kube9.gson.exports", "io.kube9.jose4j.exports");
	private static final String SLF4J_PROVIDER = "org.slf4j.spi.SLF4JServiceProvider";

	@Override
	public Object start(IApplicationContext context) {
		BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
		List<String> problems = new ArrayList<>();
		checkEveryBundleResolves(bundles, problems);
		checkOurBundles(bundles, problems);
		checkLoggingProvider(bundles, problems);
		problems.forEach(problem -> System.out.println("INSTALL CHECK PROBLEM: " + problem));
		System.out.println("INSTALL CHECK: " + bundles.getBundles().length + " bundles, " + problems.size()
				+ " problems");
		return problems.isEmpty() ? EXIT_OK : Integer.valueOf(1);
	}

	private static void checkEveryBundleResolves(BundleContext bundles, List<String> problems) {
		bundles.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(null);
		for (Bundle bundle : bundles.getBundles()) {
			if (bundle.getState() != Bundle.INSTALLED) {
				continue;
			}
			if (isFragment(bundle)) {
				problems.add("fragment not attached: " + bundle.getSymbolicName() + " " + bundle.getVersion());
				continue;
			}
			try {
				// Still unresolved after the resolve above: starting it is how to get the reason.
				bundle.start(Bundle.START_TRANSIENT | Bundle.START_ACTIVATION_POLICY);
			} catch (BundleException e) {
				problems.add("unresolved: " + bundle.getSymbolicName() + " " + bundle.getVersion() + ": "
						+ e.getMessage());
			}
		}
	}

	private static void checkOurBundles(BundleContext bundles, List<String> problems) {
		for (String name : OUR_BUNDLES) {
			Bundle bundle = find(bundles, name);
			if (bundle == null) {
				problems.add("not installed: " + name);
			} else if (bundle.getState() == Bundle.INSTALLED) {
				problems.add("not resolved: " + name);
			} else {
				System.out.println("INSTALL CHECK: " + name + " " + bundle.getVersion() + " resolved");
			}
		}
		Bundle core = find(bundles, "io.kube9.core");
		if (core != null && core.getState() != Bundle.INSTALLED) {
			try {
				core.loadClass("io.kubernetes.client.openapi.ApiClient").getConstructor().newInstance();
			} catch (ReflectiveOperationException | LinkageError e) {
				problems.add("io.kube9.core cannot create a Kubernetes client: " + e);
			}
		}
	}

	private static void checkLoggingProvider(BundleContext bundles, List<String> problems) {
		Bundle spiFly = find(bundles, "org.apache.aries.spifly.dynamic.bundle");
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

	private static boolean isFragment(Bundle bundle) {
		BundleRevision revision = bundle.adapt(BundleRevision.class);
		return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
	}

	private static Bundle find(BundleContext bundles, String symbolicName) {
		Bundle found = null;
		for (Bundle bundle : bundles.getBundles()) {
			if (symbolicName.equals(bundle.getSymbolicName())
					&& (found == null || bundle.getVersion().compareTo(found.getVersion()) > 0)) {
				found = bundle;
			}
		}
		return found;
	}

	@Override
	public void stop() {
		// Runs to completion at once; nothing to interrupt.
	}
}
