package io.kube9.core.internal.kubeconfig;

import java.util.function.Supplier;

import io.kube9.core.Settings;
import io.kube9.core.errors.KubeException;
import io.kube9.core.kubeconfig.KubeconfigService;

/** What the engine needs of the kubeconfig: the service, a context's entries for its client, and shutdown. */
public interface KubeconfigBackend extends AutoCloseable {

	KubeconfigService service();

	ContextEntries entries(String context) throws KubeException;

	@Override
	void close();

	static KubeconfigBackend ofThisProcess(Supplier<Settings> settings) {
		throw new UnsupportedOperationException("wired when the kubeconfig implementation lands");
	}
}
