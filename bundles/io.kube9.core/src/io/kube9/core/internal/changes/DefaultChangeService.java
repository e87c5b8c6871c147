package io.kube9.core.internal.changes;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import io.kube9.core.Backend;
import io.kube9.core.changes.Access;
import io.kube9.core.changes.ApplyPreview;
import io.kube9.core.changes.ChangeService;
import io.kube9.core.changes.DocumentPreview;
import io.kube9.core.changes.EditableObject;
import io.kube9.core.changes.RolloutResult;
import io.kube9.core.errors.ErrorKind;
import io.kube9.core.errors.KubeException;
import io.kube9.core.internal.client.ClientPool;
import io.kube9.core.internal.errors.Errors;
import io.kube9.core.internal.source.KubectlSource;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceRef;

/**
 * Changes through the backend the settings choose: the context's API client (server-side apply, subresources,
 * patches), or kubectl's own commands. Access reviews always go through the API client: {@code kubectl auth
 * can-i} answers "no" with exit code 1, which is indistinguishable from kubectl failing; a review that fails
 * leaves the action enabled, and the server still decides.
 */
public final class DefaultChangeService implements ChangeService {

	/** How often a rollout's progress is read while it is followed. */
	private static final Duration ROLLOUT_POLL = Duration.ofMillis(500);

	private final ApiCalls calls;
	private final ServerSideApply apply;
	private final WorkloadActions workloads;
	private final AccessReviews reviews;
	private final KindResolver kinds;
	private final DocumentApply documents;
	private final KubectlChanges kubectl;
	private final ServerSideApply kubectlApply;
	private final KindResolver kubectlKinds;
	private final DocumentApply kubectlDocuments;
	private final Supplier<Backend> backend;

	/**
	 * @param userOf  the kubeconfig user a context names now (for the words of a denial)
	 * @param kubectl how kubectl runs (the reads' source), for the kubectl backend
	 * @param backend the backend the settings choose now
	 */
	public DefaultChangeService(ClientPool clients, Function<String, String> userOf, Clock clock,
			KubectlSource kubectl, Supplier<Backend> backend) {
		this.calls = new ApiCalls(clients);
		this.apply = new ServerSideApply(ServerSideApply.through(calls));
		this.workloads = new WorkloadActions(calls, clock);
		this.reviews = new AccessReviews(calls, userOf);
		this.kinds = new KindResolver(calls);
		this.documents = new DocumentApply(kinds, apply);
		this.kubectl = new KubectlChanges(kubectl);
		this.kubectlApply = new ServerSideApply(this.kubectl);
		this.kubectlKinds = new KindResolver(this.kubectl);
		this.kubectlDocuments = new DocumentApply(kubectlKinds, kubectlApply);
		this.backend = backend;
	}

	private boolean throughKubectl() {
		return backend.get() == Backend.KUBECTL;
	}

	private Reads reads() {
		return throughKubectl() ? kubectl : calls;
	}

	private ServerSideApply serverSideApply() {
		return throughKubectl() ? kubectlApply : apply;
	}

	private static String path(ResourceRef ref) {
		return ref.kind().objectPath(ref.namespace(), ref.name());
	}

	@Override
	public EditableObject openForEdit(ResourceRef ref, boolean revealSecretValues) throws KubeException {
		return ApplyBodies.editable(ref, reads().get(ref.context(), path(ref)), revealSecretValues);
	}

	@Override
	public ApplyPreview preview(EditableObject opened, String editedYaml) throws KubeException {
		return serverSideApply().preview(opened.ref(), ApplyBodies.fromEdit(opened, editedYaml), opened.asRead(),
				opened.secretValuesShown());
	}

	@Override
	public List<DocumentPreview> previewDocuments(String context, String text, String defaultNamespace)
			throws KubeException {
		return (throughKubectl() ? kubectlDocuments : documents).preview(context, text, defaultNamespace);
	}

	@Override
	public EditableObject apply(ApplyPreview preview, boolean force, boolean revealSecretValues) throws KubeException {
		return serverSideApply().apply(preview, force, revealSecretValues);
	}

	@Override
	public void delete(ResourceRef ref) throws KubeException {
		if (throughKubectl()) {
			kubectl.delete(ref);
		} else {
			workloads.delete(ref);
		}
	}

	@Override
	public int replicas(ResourceRef ref) throws KubeException {
		if (throughKubectl()) {
			WorkloadActions.requireScalable(ref);
			return KubectlChanges.replicasOf(kubectl.get(ref.context(), path(ref) + "/scale")); //$NON-NLS-1$
		}
		return workloads.replicas(ref);
	}

	@Override
	public void scale(ResourceRef ref, int replicas) throws KubeException {
		if (throughKubectl()) {
			WorkloadActions.requireScalable(ref);
			kubectl.scale(ref, replicas);
		} else {
			workloads.scale(ref, replicas);
		}
	}

	@Override
	public void restart(ResourceRef ref) throws KubeException {
		if (throughKubectl()) {
			WorkloadActions.requireRestartable(ref);
			kubectl.restart(ref);
		} else {
			workloads.restart(ref);
		}
	}

	@Override
	public RolloutResult awaitRollout(ResourceRef ref, Duration timeout, BooleanSupplier cancelled,
			Consumer<String> progress) throws KubeException {
		long deadline = System.nanoTime() + timeout.toNanos();
		String last = null;
		while (true) {
			RolloutStatus status = RolloutStatus.of(ref.kind().id(), reads().get(ref.context(), path(ref)));
			if (!Objects.equals(last, status.progress())) {
				last = status.progress();
				progress.accept(last);
			}
			if (status.failed() != null) {
				return new RolloutResult(false, NLS.bind(ChangeMessages.rollout_failed, status.failed()));
			}
			if (status.complete()) {
				return new RolloutResult(true, NLS.bind(ChangeMessages.rollout_complete, status.progress()));
			}
			if (cancelled.getAsBoolean()) {
				return new RolloutResult(false, NLS.bind(ChangeMessages.rollout_cancelled, status.progress()));
			}
			if (System.nanoTime() > deadline) {
				return new RolloutResult(false,
						NLS.bind(ChangeMessages.rollout_timedOut, timeout.toSeconds(), status.progress()));
			}
			pause();
		}
	}

	private static void pause() throws KubeException {
		try {
			Thread.sleep(ROLLOUT_POLL.toMillis());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw Errors.of(ErrorKind.UNKNOWN, null, ChangeMessages.interrupted, e);
		}
	}

	@Override
	public void setUnschedulable(ResourceRef node, boolean unschedulable) throws KubeException {
		if (throughKubectl()) {
			kubectl.setUnschedulable(node, unschedulable);
		} else {
			workloads.setUnschedulable(node, unschedulable);
		}
	}

	@Override
	public Access access(String context, String verb, ResourceKind kind, String subresource, String namespace)
			throws KubeException {
		return reviews.access(context, verb, kind, subresource, namespace);
	}

	@Override
	public Optional<Access> knownAccess(String context, String verb, ResourceKind kind, String subresource,
			String namespace) {
		return reviews.known(context, verb, kind, subresource, namespace);
	}

	@Override
	public void forget(String context) {
		reviews.forget(context);
		kinds.forget(context);
		kubectlKinds.forget(context);
	}
}
