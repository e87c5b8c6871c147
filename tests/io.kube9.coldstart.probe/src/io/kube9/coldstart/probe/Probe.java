package io.kube9.coldstart.probe;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * One start of the workbench as the benchmark sees it: when it is started and idle, then the scenario's steps,
 * then the report, then the workbench closes (saving its state, as a user's exit does). Times are
 * {@link System#nanoTime()} values, which on Linux share one clock across processes, so the benchmark subtracts
 * the instant it started this JVM.
 */
final class Probe {

	static final String VIEW = "io.kube9.ui.explorer";

	private final ProbeSettings settings;
	private final long entered;
	private final Report report;

	Probe(ProbeSettings settings, long entered) {
		this.settings = settings;
		this.entered = entered;
		this.report = new Report(settings.out());
	}

	void run() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		try {
			report.put("startup.early", entered);
			report.put("startup.ui", Ui.call(display, System::nanoTime));
			Idle idle = new Idle(display, settings.deadline());
			report.put("startup.idle", idle.await(report, "startup"));
			switch (settings.scenario()) {
			case PREPARE_OPEN -> Ui.run(display, () -> page().showView(VIEW));
			case PREPARE_CLOSED -> Ui.run(display, () -> {
				IViewPart view = page().findView(VIEW);
				if (view != null) {
					page().hideView(view);
				}
			});
			case IDLE -> describeProcess();
			case EXPAND -> expand(display, idle);
			}
			report.put("ok", "true");
		} catch (Throwable failure) {
			report.failed(failure);
		} finally {
			report.write();
			display.asyncExec(() -> PlatformUI.getWorkbench().close());
		}
	}

	private void expand(Display display, Idle idle) throws Exception {
		report.put("view.open", Ui.call(display, () -> page().findView(VIEW) != null) ? "true" : "false");
		CommonNavigator view = Ui.call(display, () -> (CommonNavigator) page().findView(VIEW));
		if (view == null) {
			throw new IllegalStateException("the Explorer was not restored open");
		}
		TreeWatch tree = new TreeWatch(display, view.getCommonViewer(), settings.deadline());
		String cluster = "ClusterNode[" + settings.context() + "]";
		tree.awaitItem(cluster);

		TreeWatch.Step categories = tree.expandUntilShown(cluster, "CategoryNode[", "ExpandStart", "ExpandPainted");
		categories.putInto(report, "expand");
		idle.await(report, "expand");

		// Workloads holds kinds only (no load); Pods under it lists the pods of the active namespace.
		String workloads = "CategoryNode[" + settings.context() + ", WORKLOADS]";
		tree.expandUntilShown(workloads, "KindNode[", null, null);
		TreeWatch.Step pods = tree.expandUntilShown("KindNode[" + settings.context() + ", pods]", null,
				"PodsStart", "PodsPainted");
		pods.putInto(report, "pods");
		idle.await(report, "pods");
		StartupTrace.copyInto(report);
	}

	/** Which Kube9 and HTTP threads exist, and how far each Kube9 bundle got (resolved, active). */
	private void describeProcess() {
		String threads = Thread.getAllStackTraces().keySet().stream().map(Thread::getName)
				.filter(name -> name.toLowerCase(Locale.ROOT).matches(".*(kube9|okhttp|okio).*")).sorted()
				.collect(Collectors.joining(","));
		report.put("threads.kube9", threads);
		report.put("threads.count", Thread.getAllStackTraces().size());
		Bundle self = FrameworkUtil.getBundle(Probe.class);
		String bundles = Arrays.stream(self.getBundleContext().getBundles())
				.filter(bundle -> bundle.getSymbolicName().startsWith("io.kube9.")
						&& !bundle.getSymbolicName().equals(self.getSymbolicName()))
				.map(bundle -> bundle.getSymbolicName() + "=" + state(bundle.getState())).sorted()
				.collect(Collectors.joining(","));
		report.put("bundles.kube9", bundles);
	}

	private static String state(int state) {
		return switch (state) {
		case Bundle.ACTIVE -> "active";
		case Bundle.STARTING -> "starting";
		case Bundle.RESOLVED -> "resolved";
		case Bundle.INSTALLED -> "installed";
		default -> Integer.toString(state);
		};
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}
}
