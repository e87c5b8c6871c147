package io.kube9.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The explorer's user-visible texts (messages.properties). */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.kube9.ui.internal.messages"; //$NON-NLS-1$

	public static String category_nodes;
	public static String category_namespaces;
	public static String category_workloads;
	public static String category_networking;
	public static String category_storage;
	public static String category_configuration;
	public static String category_argoCd;
	public static String category_customResources;
	public static String category_other;
	public static String kind_deployments;
	public static String kind_statefulSets;
	public static String kind_daemonSets;
	public static String kind_jobs;
	public static String kind_cronJobs;
	public static String kind_pods;
	public static String kind_services;
	public static String kind_ingresses;
	public static String kind_persistentVolumes;
	public static String kind_persistentVolumeClaims;
	public static String kind_storageClasses;
	public static String kind_configMaps;
	public static String kind_secrets;
	public static String kind_nodes;
	public static String kind_namespaces;
	public static String kind_applications;
	public static String node_loading;
	public static String node_showMore;
	public static String node_remaining;
	public static String node_pathSeparator;
	public static String node_loadingKubeconfig;
	public static String node_events;
	public static String event_label;
	public static String event_warning;
	public static String event_count;
	public static String event_age;
	public static String notice_noKubeconfig;
	public static String notice_noContexts;
	public static String notice_nothingReadable;
	public static String decoration_separator;
	public static String decoration_allNamespaces;
	public static String decoration_unreachable;
	public static String decoration_disconnected;
	public static String decoration_operated;
	public static String decoration_degraded;
	public static String decoration_argoCd;
	public static String decoration_active;
	public static String decoration_lookedAt;
	public static String decoration_viaKubectl;
	public static String decoration_openPreferences;
	public static String tooltip_context;
	public static String tooltip_current;
	public static String tooltip_namespace;
	public static String tooltip_allNamespaces;
	public static String tooltip_notChecked;
	public static String tooltip_version;
	public static String tooltip_unreachable;
	public static String tooltip_operator;
	public static String tooltip_argoCd;
	public static String tooltip_problem;
	public static String tooltip_error;
	public static String tooltip_errorDetail;
	public static String tooltip_resource;
	public static String tooltip_resourceNamespace;
	public static String tooltip_resourceStatus;
	public static String tooltip_resourceCreated;
	public static String tooltip_showMore;
	public static String tooltip_notice;
	public static String tooltip_insecure;
	public static String tooltip_listedByKubectl;
	public static String tooltip_listedByFallback;
	public static String tooltip_kubeconfigProblem;
	public static String tooltip_kubeconfigProblemAt;
	public static String tooltip_kubeconfigFileSkipped;
	public static String tooltip_kubeconfigEntrySkipped;
	public static String status_operatorBasic;
	public static String status_operatorOperated;
	public static String status_operatorDegraded;
	public static String status_operatorUnknown;
	public static String status_argoCdInstalled;
	public static String status_argoCdNotInstalled;
	public static String status_argoCdUnknown;
	public static String error_unexpected;
	public static String error_unexpectedAction;
	public static String error_cancelled;
	public static String error_cancelledAction;
	public static String error_commandFailed;
	public static String job_load;
	public static String job_reloadKubeconfig;
	public static String job_setActiveNamespace;
	public static String job_setCurrentContext;
	public static String job_openYaml;
	public static String job_fetchProperties;
	public static String log_loadFailed;
	public static String log_kubeconfigProblem;
	public static String yaml_revealTitle;
	public static String yaml_revealQuestion;
	public static String yaml_tooltip;
	public static String yaml_revealButton;
	public static String yaml_decodedName;
	public static String yaml_decodedTooltip;
	public static String property_metadata;
	public static String property_labels;
	public static String property_annotations;
	public static String property_status;
	public static String property_context;
	public static String property_kind;
	public static String property_name;
	public static String property_namespace;
	public static String property_uid;
	public static String property_created;
	public static String property_summary;
	public static String property_fetching;
	public static String property_fetchFailed;
	public static String property_server;
	public static String property_cluster;
	public static String property_user;
	public static String property_file;
	public static String property_version;
	public static String property_operator;
	public static String property_argoCd;
	public static String property_kubeconfig;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
