package io.kube9.ui.internal.performance;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;

import io.kube9.core.Kube9Core;
import io.kube9.ui.internal.JobFamilies;

/**
 * Reads core's performance numbers in the background every second while the view is open, and hands them to the
 * view only when they changed: an idle IDE redraws nothing.
 */
final class PerformanceRefreshJob extends Job {

	static final long PERIOD_MILLIS = 1000;

	private final PerformanceView view;
	private final Kube9Core core;
	private final Display display;
	private volatile List<PerformanceRow> shown = List.of();
	private volatile boolean stopped;

	PerformanceRefreshJob(PerformanceView view, Kube9Core core) {
		super(PerformanceMessages.refreshJob_name);
		this.view = view;
		this.core = core;
		this.display = Display.getCurrent();
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		if (stopped || monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		List<PerformanceRow> rows = PerformanceRows.of(core.performance().statistics(),
				core.resources().cacheStatistics());
		if (!rows.equals(shown)) {
			shown = rows;
			display.asyncExec(() -> {
				if (!stopped) {
					view.show(rows);
				}
			});
		}
		if (!stopped) {
			schedule(PERIOD_MILLIS);
		}
		return Status.OK_STATUS;
	}

	/** The next reading at once. */
	void now() {
		if (!stopped) {
			cancel();
			schedule();
		}
	}

	void stop() {
		stopped = true;
		cancel();
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.PERFORMANCE;
	}
}
