package io.kube9.coldstart.probe;

import org.eclipse.ui.IStartup;

/**
 * Entry point of the cold-start probe: the workbench calls it once it has started. Inert unless the benchmark
 * started this JVM with {@value ProbeSettings#OUT_PROPERTY}. It references no Kube9 class, so it loads and
 * initialises nothing of the product before the expansion it times.
 */
public final class ProbeStartup implements IStartup {

	@Override
	public void earlyStartup() {
		long entered = System.nanoTime();
		ProbeSettings settings = ProbeSettings.fromSystemProperties();
		if (settings != null) {
			// A thread of its own: the early-startup job would keep the workbench from ever looking idle.
			Thread probe = new Thread(new Probe(settings, entered)::run, "coldstart-probe");
			probe.setDaemon(true);
			probe.start();
		}
	}
}
