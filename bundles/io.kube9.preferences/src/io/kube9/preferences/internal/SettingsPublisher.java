package io.kube9.preferences.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

import io.kube9.core.Settings;

/**
 * Publishes the preferences to core once per change of them, in a job: one OK stores a dozen keys, and each key
 * used to apply settings of its own on the UI thread (rebuilding clients, reading kubeconfig files). Changes that
 * come in a burst are published together; the page holds publishing back while it stores its fields. The node
 * holds other preferences too (the log's first lines): a change of those publishes nothing, core's settings being
 * the same.
 */
final class SettingsPublisher {

	/** The family of the publishing job: tests join it. */
	static final Object FAMILY = new Object();
	/** How long a burst of changes from elsewhere (an import, a test) may take to be published as one. */
	private static final long COALESCE_MILLIS = 50;

	private static final SettingsPublisher INSTANCE = new SettingsPublisher(
			InstanceScope.INSTANCE.getNode(PreferenceKeys.QUALIFIER), PreferenceSettings::read);

	private final Supplier<Settings> reader;
	private final List<Consumer<Settings>> listeners = new CopyOnWriteArrayList<>();
	private final Job job = new PublishJob();
	private int holds;
	private boolean changedWhileHeld;
	/** What the listeners have now: the settings last published, or those core started from. */
	private Settings published;

	/** @param reader reads the settings from the preferences */
	SettingsPublisher(IEclipsePreferences node, Supplier<Settings> reader) {
		this.reader = reader;
		node.addPreferenceChangeListener(event -> changed());
	}

	static SettingsPublisher get() {
		return INSTANCE;
	}

	/** The settings now, which core starts from: later changes publish only settings that differ from them. */
	synchronized Settings current() {
		published = reader.get();
		return published;
	}

	void addListener(Consumer<Settings> listener) {
		listeners.add(listener);
	}

	/** Runs {@code storing} (on any thread); what it changes is published once, after it. */
	boolean holdWhile(java.util.function.BooleanSupplier storing) {
		synchronized (this) {
			holds++;
		}
		try {
			return storing.getAsBoolean();
		} finally {
			boolean publish;
			synchronized (this) {
				holds--;
				publish = holds == 0 && changedWhileHeld;
				if (publish) {
					changedWhileHeld = false;
				}
			}
			if (publish) {
				job.schedule();
			}
		}
	}

	private void changed() {
		synchronized (this) {
			if (holds > 0) {
				changedWhileHeld = true;
				return;
			}
		}
		job.schedule(COALESCE_MILLIS);
	}

	private void publish() {
		Settings settings;
		synchronized (this) {
			if (holds > 0) {
				// A page is storing: it publishes when done.
				changedWhileHeld = true;
				return;
			}
			settings = reader.get();
			if (settings.equals(published)) {
				return;
			}
			published = settings;
		}
		listeners.forEach(listener -> listener.accept(settings));
	}

	private final class PublishJob extends Job {

		PublishJob() {
			super(Messages.job_applySettings);
			setSystem(true);
		}

		@Override
		protected IStatus run(IProgressMonitor monitor) {
			publish();
			return Status.OK_STATUS;
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == FAMILY;
		}
	}
}
