package io.kube9.installcheck;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * Run inside an installation: every bundle resolves (no uses-constraint violation), our bundles start and reach
 * the Kubernetes client, slf4j has a provider, the Kubernetes perspective and the Explorer open in the real
 * workbench, and core lists pods of the current context of KUBECONFIG (the build's test cluster). Prints what it
 * found; exit code 1 on any problem.
 *
 * Arguments: {@code -minimumPods N} (default 1).
 */
public class InstallCheckApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		BundleContext bundles = FrameworkUtil.getBundle(getClass()).getBundleContext();
		Problems problems = new Problems();
		Report.line("Java " + Runtime.version() + " (" + System.getProperty("java.home") + ")");
		new BundleChecks(bundles, problems).run();
		if (problems.none()) {
			int minimumPods = Integer.parseInt(argument(context, "-minimumPods", "1"));
			new WorkbenchCheck(problems, new ClusterCheck(problems, minimumPods)::run).run();
		}
		Report.line(bundles.getBundles().length + " bundles, " + problems.count() + " problems");
		return problems.none() ? EXIT_OK : Integer.valueOf(1);
	}

	private static String argument(IApplicationContext context, String name, String fallback) {
		String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		for (int i = 0; arguments != null && i < arguments.length - 1; i++) {
			if (name.equals(arguments[i])) {
				return arguments[i + 1];
			}
		}
		return fallback;
	}

	@Override
	public void stop() {
		// Ends with the workbench it runs.
	}
}
