package io.kube9.ui.internal;

/** The ids of the explorer's commands, view and context, as plugin.xml declares them. */
public final class ExplorerCommands {

	public static final String VIEW = "io.kube9.ui.explorer"; //$NON-NLS-1$
	/** Active while the explorer is: its key bindings (F5) live here. */
	public static final String CONTEXT = "io.kube9.ui.explorerContext"; //$NON-NLS-1$

	public static final String REFRESH = "io.kube9.ui.refresh"; //$NON-NLS-1$
	public static final String RETRY = "io.kube9.ui.retry"; //$NON-NLS-1$
	public static final String SHOW_MORE = "io.kube9.ui.showMore"; //$NON-NLS-1$
	public static final String SET_ACTIVE_NAMESPACE = "io.kube9.ui.setActiveNamespace"; //$NON-NLS-1$
	public static final String SET_CURRENT_CONTEXT = "io.kube9.ui.setCurrentContext"; //$NON-NLS-1$
	public static final String TOGGLE_ALL_NAMESPACES = "io.kube9.ui.toggleAllNamespaces"; //$NON-NLS-1$
	public static final String COPY_NAME = "io.kube9.ui.copyName"; //$NON-NLS-1$
	public static final String OPEN_YAML = "io.kube9.ui.openYaml"; //$NON-NLS-1$
	public static final String OPEN_YAML_WITH_SECRETS = "io.kube9.ui.openYamlWithSecretValues"; //$NON-NLS-1$
	public static final String OPEN_PREFERENCES = "io.kube9.ui.openPreferences"; //$NON-NLS-1$

	/** Window > Preferences > Kubernetes, contributed by io.kube9.preferences (the explorer works without it). */
	public static final String PREFERENCE_PAGE = "io.kube9.preferences.page"; //$NON-NLS-1$

	private ExplorerCommands() {
	}
}
