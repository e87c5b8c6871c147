package io.kube9.ui.internal.properties;

import java.util.ArrayList;
import java.util.List;

import io.kube9.core.kubeconfig.KubeContext;
import io.kube9.core.status.ClusterStatus;
import io.kube9.ui.internal.Messages;
import io.kube9.ui.internal.view.ClusterFacts;
import io.kube9.ui.internal.view.StatusTexts;

/** A cluster's kubeconfig entry and last status, for the Properties view. From memory only. */
final class ClusterPropertySource extends ReadOnlyPropertySource {

	private final ClusterFacts facts;

	ClusterPropertySource(ClusterFacts facts) {
		this.facts = facts;
	}

	@Override
	List<Property> properties() {
		List<Property> properties = new ArrayList<>();
		String kubeconfig = Messages.property_kubeconfig;
		KubeContext context = facts.context();
		properties.add(new Property("context", kubeconfig, Messages.property_context, facts.name())); //$NON-NLS-1$
		if (context != null) {
			properties.add(new Property("cluster", kubeconfig, Messages.property_cluster, context.cluster())); //$NON-NLS-1$
			properties.add(new Property("server", kubeconfig, Messages.property_server, context.server())); //$NON-NLS-1$
			properties.add(new Property("user", kubeconfig, Messages.property_user, context.user())); //$NON-NLS-1$
			properties.add(new Property("file", kubeconfig, Messages.property_file, context.file())); //$NON-NLS-1$
		}
		properties.add(new Property("namespace", kubeconfig, Messages.property_namespace, //$NON-NLS-1$
				facts.allNamespaces() ? Messages.decoration_allNamespaces : facts.namespace()));
		if (facts.status().isPresent()) {
			ClusterStatus status = facts.status().get();
			String category = Messages.property_status;
			properties.add(new Property("version", category, Messages.property_version, //$NON-NLS-1$
					status.connectivity().reachable() ? status.connectivity().version()
							: status.connectivity().error() == null ? "" : status.connectivity().error().getMessage())); //$NON-NLS-1$
			properties.add(new Property("operator", category, Messages.property_operator, //$NON-NLS-1$
					StatusTexts.operator(status.operator())));
			properties.add(new Property("argocd", category, Messages.property_argoCd, //$NON-NLS-1$
					StatusTexts.argoCd(status.argoCd())));
		}
		return properties;
	}
}
