package io.kube9.preferences.internal;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.RadioGroupFieldEditor;
import org.eclipse.jface.util.PropertyChangeEvent;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > Kubernetes: backend, kubectl, kubeconfig, timeouts, namespace mode, advanced tuning. */
public class KubernetesPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	private RadioGroupFieldEditor kubeconfigSource;
	private KubectlFieldEditor kubectl;
	private KubeconfigFilesFieldEditor kubeconfigFiles;
	private Composite kubeconfigFilesParent;

	public KubernetesPreferencePage() {
		super(GRID);
		setDescription(Messages.page_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// The store is made in doGetPreferenceStore().
	}

	@Override
	protected IPreferenceStore doGetPreferenceStore() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, PreferenceKeys.QUALIFIER);
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		addField(new RadioGroupFieldEditor(PreferenceKeys.BACKEND, Messages.backend_label, 1,
				new String[][] { { Messages.backend_apiClient, PreferenceKeys.BACKEND_API_CLIENT },
						{ Messages.backend_kubectl, PreferenceKeys.BACKEND_KUBECTL } },
				parent, true));
		addField(new BooleanFieldEditor(PreferenceKeys.KUBECTL_FALLBACK, Messages.fallback_label, parent));
		kubectl = new KubectlFieldEditor(parent);
		addField(kubectl);

		kubeconfigSource = new RadioGroupFieldEditor(PreferenceKeys.KUBECONFIG_SOURCE, Messages.kubeconfig_label, 1,
				new String[][] { { Messages.kubeconfig_default, PreferenceKeys.SOURCE_DEFAULT },
						{ Messages.kubeconfig_explicit, PreferenceKeys.SOURCE_EXPLICIT } },
				parent, true);
		addField(kubeconfigSource);
		kubeconfigFilesParent = parent;
		kubeconfigFiles = new KubeconfigFilesFieldEditor(parent);
		addField(kubeconfigFiles);

		addField(new BoundedIntegerFieldEditor(PreferenceKeys.CONNECT_TIMEOUT_SECONDS, Messages.connectTimeout_label, parent,
				1, 600));
		addField(new BoundedIntegerFieldEditor(PreferenceKeys.REQUEST_TIMEOUT_SECONDS, Messages.requestTimeout_label, parent,
				1, 3600));
		addField(new RadioGroupFieldEditor(PreferenceKeys.NAMESPACE_MODE, Messages.namespaceMode_label, 1,
				new String[][] { { Messages.namespaceMode_kubeconfig, PreferenceKeys.NAMESPACE_KUBECONFIG },
						{ Messages.namespaceMode_ide, PreferenceKeys.NAMESPACE_IDE } },
				parent, true));
		addField(new BooleanFieldEditor(PreferenceKeys.LIVE_UPDATES, Messages.liveUpdates_label, parent));
		addField(new BoundedIntegerFieldEditor(PreferenceKeys.LIVE_LISTINGS_PER_CLUSTER,
				Messages.liveListingsPerCluster_label, parent, 1, 100));
		AdvancedGroup.create(parent).fields().forEach(this::addField);
	}

	@Override
	protected void initialize() {
		super.initialize();
		updateKubeconfigFilesEnablement(getPreferenceStore().getString(PreferenceKeys.KUBECONFIG_SOURCE));
	}

	@Override
	public void propertyChange(PropertyChangeEvent event) {
		super.propertyChange(event);
		if (event.getSource() == kubeconfigSource && FieldEditor.VALUE.equals(event.getProperty())) {
			updateKubeconfigFilesEnablement(String.valueOf(event.getNewValue()));
		}
	}

	/**
	 * Stores the fields, and core applies them once, afterwards and in a job. A kubectl path not checked yet is
	 * checked first: the page stays open and says so, and OK works once the answer is in.
	 */
	@Override
	public boolean performOk() {
		if (!kubectl.readyToStore()) {
			return false;
		}
		return SettingsPublisher.get().holdWhile(super::performOk);
	}

	@Override
	protected void performDefaults() {
		super.performDefaults();
		updateKubeconfigFilesEnablement(getPreferenceStore().getDefaultString(PreferenceKeys.KUBECONFIG_SOURCE));
	}

	private void updateKubeconfigFilesEnablement(String source) {
		kubeconfigFiles.setEnabled(PreferenceKeys.SOURCE_EXPLICIT.equals(source), kubeconfigFilesParent);
	}
}
