package io.kube9.ui.internal.view;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.errors.KubeException;
import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.core.status.ArgoCdPresence;
import io.kube9.core.status.ClusterStatus;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.model.ExplorerModel;
import io.kube9.ui.internal.tree.CategoryNode;
import io.kube9.ui.internal.tree.ClusterNode;
import io.kube9.ui.internal.tree.ErrorNode;
import io.kube9.ui.internal.tree.EventsNode;
import io.kube9.ui.internal.tree.ExplorerNode;
import io.kube9.ui.internal.tree.KindNode;
import io.kube9.ui.internal.tree.KubeconfigNode;
import io.kube9.ui.internal.tree.ResourceNode;
import io.kube9.ui.internal.tree.ShowMoreNode;

/** The tooltip text of a node: the details its label leaves out (an error's detail, a cluster's status). */
public final class ToolTips {

	private static final DateTimeFormatter CREATED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withZone(ZoneId.systemDefault());

	private ToolTips() {
	}

	/** The tooltip of an element of the explorer showing {@code model}, or null when it has none. */
	public static String of(ExplorerModel model, Object element) {
		if (element instanceof ClusterNode cluster) {
			return cluster(ClusterFacts.of(model.core(), cluster.context()));
		}
		if (element instanceof KindNode || element instanceof CategoryNode || element instanceof EventsNode) {
			return model.source((ExplorerNode) element).map(ListingTexts::toolTip).orElse(null);
		}
		if (element instanceof ErrorNode error) {
			return error(error.failure());
		}
		if (element instanceof ResourceNode resource) {
			return resource(resource);
		}
		if (element instanceof ShowMoreNode) {
			return Messages.tooltip_showMore;
		}
		if (element instanceof KubeconfigNode kubeconfig) {
			return KubeconfigTexts.toolTip(kubeconfig);
		}
		return null;
	}

	static String cluster(ClusterFacts facts) {
		List<String> lines = new ArrayList<>();
		KubeContext context = facts.context();
		if (context != null) {
			lines.add(NLS.bind(Messages.tooltip_context,
					new Object[] { context.name(), context.cluster(), context.server(), context.user(), context.file() }));
			if (!context.usable()) {
				lines.add(NLS.bind(Messages.tooltip_problem, context.problem().message()));
			}
			if (context.insecure()) {
				lines.add(Messages.tooltip_insecure);
			}
		}
		if (facts.current()) {
			lines.add(Messages.tooltip_current);
		}
		lines.add(facts.allNamespaces() ? Messages.tooltip_allNamespaces
				: NLS.bind(Messages.tooltip_namespace, facts.namespace()));
		facts.status().ifPresentOrElse(status -> lines.addAll(status(status)),
				() -> lines.add(Messages.tooltip_notChecked));
		return String.join("\n", lines); //$NON-NLS-1$
	}

	static String error(KubeException failure) {
		String detail = failure.detail();
		return detail == null || detail.isBlank()
				? NLS.bind(Messages.tooltip_error, failure.getMessage(), failure.action())
				: NLS.bind(Messages.tooltip_errorDetail, new Object[] { failure.getMessage(), failure.action(), detail });
	}

	private static List<String> status(ClusterStatus status) {
		List<String> lines = new ArrayList<>();
		if (!status.connectivity().reachable()) {
			KubeException error = status.connectivity().error();
			lines.add(NLS.bind(Messages.tooltip_unreachable, error == null ? "" : error.getMessage())); //$NON-NLS-1$
			return lines;
		}
		lines.add(NLS.bind(Messages.tooltip_version, status.connectivity().version()));
		lines.add(NLS.bind(Messages.tooltip_operator, StatusTexts.operator(status.operator())));
		if (status.argoCd() != ArgoCdPresence.UNKNOWN) {
			lines.add(NLS.bind(Messages.tooltip_argoCd, StatusTexts.argoCd(status.argoCd())));
		}
		return lines;
	}

	private static String resource(ResourceNode resource) {
		List<String> lines = new ArrayList<>();
		lines.add(NLS.bind(Messages.tooltip_resource, resource.kind().kind(), resource.name()));
		if (resource.namespace() != null) {
			lines.add(NLS.bind(Messages.tooltip_resourceNamespace, resource.namespace()));
		}
		if (resource.item() != null && !resource.item().status().isEmpty()) {
			lines.add(NLS.bind(Messages.tooltip_resourceStatus, resource.item().status()));
		}
		if (resource.item() != null && resource.item().created() != null) {
			lines.add(NLS.bind(Messages.tooltip_resourceCreated, CREATED.format(resource.item().created())));
		}
		return String.join("\n", lines); //$NON-NLS-1$
	}
}
