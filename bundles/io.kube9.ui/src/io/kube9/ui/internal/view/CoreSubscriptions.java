package io.kube9.ui.internal.view;

import java.util.function.Consumer;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.core.kubeconfig.KubeconfigChange;
import io.kube9.core.status.ClusterStatus;
import io.kube9.ui.internal.model.ExplorerModel;
import io.kube9.ui.internal.tree.ClusterNode;

/**
 * Keeps the explorer in step with core: kubeconfig edits (contexts added, removed, changed, a new current
 * context), status answers and new settings. Each touches only the clusters it concerns; tree work goes through
 * the {@link TreeUpdater}, so bursts coalesce.
 */
final class CoreSubscriptions implements AutoCloseable {

	private final Kube9Core core;
	private final ExplorerModel model;
	private final TreeUpdater updater;
	private final Consumer<KubeconfigChange> kubeconfigListener = this::kubeconfigChanged;
	private final Consumer<ClusterStatus> statusListener = this::statusChanged;
	private final Consumer<Settings> settingsListener = this::settingsChanged;
	private final Consumer<String> connectionListener = this::connectionChanged;

	CoreSubscriptions(Kube9Core core, ExplorerModel model, TreeUpdater updater) {
		this.core = core;
		this.model = model;
		this.updater = updater;
		core.kubeconfig().addListener(kubeconfigListener);
		core.status().addListener(statusListener);
		core.addSettingsListener(settingsListener);
		core.live().addConnectionListener(connectionListener);
	}

	/** A cluster's watches lost or regained their connection: its label says so. */
	private void connectionChanged(String context) {
		updater.update(new ClusterNode(context));
	}

	private void kubeconfigChanged(KubeconfigChange change) {
		change.removed().forEach(model::forget);
		if (!change.added().isEmpty() || !change.removed().isEmpty() || change.problemsChanged()) {
			updater.refresh(null);
		}
		for (String context : change.changed()) {
			ClusterNode cluster = new ClusterNode(context);
			if (change.namespaceOnly().contains(context)) {
				// Same cluster, same user, same credentials: only what follows the namespace reloads.
				model.scopeChanged(context);
			} else {
				// Another server, user, token, certificate or CA: what was loaded may not be what it sees now.
				model.forget(context);
				updater.refresh(cluster);
			}
			updater.update(cluster);
		}
		if (change.currentContextChanged()) {
			change.before().currentContext().ifPresent(context -> updater.update(new ClusterNode(context)));
			change.after().currentContext().ifPresent(context -> updater.update(new ClusterNode(context)));
		}
	}

	private void statusChanged(ClusterStatus status) {
		model.statusChanged(status);
		updater.update(new ClusterNode(status.context()));
	}

	private void settingsChanged(Settings settings) {
		model.forgetAll();
		updater.refresh(null);
	}

	@Override
	public void close() {
		core.kubeconfig().removeListener(kubeconfigListener);
		core.status().removeListener(statusListener);
		core.removeSettingsListener(settingsListener);
		core.live().removeConnectionListener(connectionListener);
	}
}
