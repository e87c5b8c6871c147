package io.kube9.ui.internal.view;

import java.util.function.Consumer;

import io.kube9.core.Kube9Core;
import io.kube9.core.Settings;
import io.kube9.core.kubeconfig.KubeContext;
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

	CoreSubscriptions(Kube9Core core, ExplorerModel model, TreeUpdater updater) {
		this.core = core;
		this.model = model;
		this.updater = updater;
		core.kubeconfig().addListener(kubeconfigListener);
		core.status().addListener(statusListener);
		core.addSettingsListener(settingsListener);
	}

	private void kubeconfigChanged(KubeconfigChange change) {
		change.removed().forEach(model::forget);
		if (!change.added().isEmpty() || !change.removed().isEmpty()) {
			updater.refresh(null);
		}
		for (String context : change.changed()) {
			ClusterNode cluster = new ClusterNode(context);
			KubeContext before = change.before().context(context).orElse(null);
			KubeContext after = change.after().context(context).orElse(null);
			if (sameConnection(before, after)) {
				model.scopeChanged(context);
			} else {
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

	/**
	 * Whether the context still points at the same cluster and user entries, so that what is loaded stays valid
	 * but for its namespace. Equal contexts mean a namespace kept in the IDE changed, or only the bodies of the
	 * cluster or user entries (credentials) did: core rebuilds the client, the tree keeps its listings.
	 */
	static boolean sameConnection(KubeContext before, KubeContext after) {
		return before != null && after != null && before.equals(new KubeContext(after.name(), after.cluster(),
				after.server(), after.user(), before.namespace(), after.file(), after.problem(), after.insecure()));
	}

	@Override
	public void close() {
		core.kubeconfig().removeListener(kubeconfigListener);
		core.status().removeListener(statusListener);
		core.removeSettingsListener(settingsListener);
	}
}
