package io.kube9.core.changes;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceKind;
import io.kube9.core.resources.ResourceRef;

/**
 * Changes to cluster objects, each one only because the user asked for it: server-side apply (field manager
 * {@value #FIELD_MANAGER}) after a dry run, delete, scale, restart, cordon. A mutation is never retried: when the
 * connection fails during one, the failure says that it may or may not have been made. Every method blocks on
 * I/O: call it from a background job. Failures are classified {@link KubeException}s.
 */
public interface ChangeService {

	/** The field manager of every apply. */
	String FIELD_MANAGER = "kube9"; //$NON-NLS-1$

	/** Reads an object for editing; a Secret's values masked unless {@code revealSecretValues}. */
	EditableObject openForEdit(ResourceRef ref, boolean revealSecretValues) throws KubeException;

	/**
	 * Validates the edited text locally, then asks the server for a dry run of its apply against the object as it
	 * is now: changes nothing.
	 *
	 * @throws KubeException {@link io.kube9.core.errors.ErrorKind#INVALID} for text that does not parse (line and
	 *                       column in the detail) or names another object; what the server rejects
	 */
	ApplyPreview preview(EditableObject opened, String editedYaml) throws KubeException;

	/**
	 * The dry runs of every document of a text (one or many objects, a workspace file): per document what its
	 * apply would do (create, change, nothing) or why it cannot be applied; changes nothing. Kinds are resolved
	 * through the cluster's discovery, so custom resources work.
	 *
	 * @param defaultNamespace the namespace of namespaced objects that name none; null to require one
	 * @throws KubeException {@link io.kube9.core.errors.ErrorKind#INVALID} when the text does not parse at all
	 */
	List<DocumentPreview> previewDocuments(String context, String text, String defaultNamespace) throws KubeException;

	/**
	 * Applies what a preview showed, provided the object is still as the preview saw it.
	 *
	 * @param force take over the fields other managers own ({@link ApplyPreview#conflicts()})
	 * @return the object as applied, ready to edit again (secret values shown as the preview's were)
	 * @throws KubeException {@link io.kube9.core.errors.ErrorKind#CONFLICT} when the object changed since the
	 *                       preview, or other managers own fields and {@code force} is false
	 */
	EditableObject apply(ApplyPreview preview, boolean force, boolean revealSecretValues) throws KubeException;

	/** Deletes an object (its dependents in the background, as kubectl does). */
	void delete(ResourceRef ref) throws KubeException;

	/** The desired replicas, read through the scale subresource. */
	int replicas(ResourceRef ref) throws KubeException;

	/** Sets the desired replicas through the scale subresource (Deployments, StatefulSets, ReplicaSets). */
	void scale(ResourceRef ref, int replicas) throws KubeException;

	/**
	 * Starts a rollout restart: stamps the pod template's {@value #RESTARTED_AT} annotation with the time now
	 * (Deployments, StatefulSets, DaemonSets).
	 */
	void restart(ResourceRef ref) throws KubeException;

	/** The annotation a rollout restart sets, as kubectl sets it. */
	String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt"; //$NON-NLS-1$

	/**
	 * Follows a rollout until every replica runs the current template, it fails (its progress deadline passed), the
	 * time is up or {@code cancelled} says so.
	 *
	 * @param progress told what the rollout is at, in words for the user, whenever that changes
	 */
	RolloutResult awaitRollout(ResourceRef ref, Duration timeout, BooleanSupplier cancelled, Consumer<String> progress)
			throws KubeException;

	/** Cordons ({@code true}) or uncordons a node. */
	void setUnschedulable(ResourceRef node, boolean unschedulable) throws KubeException;

	/**
	 * Whether this context's user may perform a verb, asked of the server once (SelfSubjectAccessReview) and then
	 * remembered per context, user, verb, resource and namespace.
	 *
	 * @param subresource {@code scale}, or null
	 * @param namespace   null for cluster-scoped kinds (or all namespaces)
	 */
	Access access(String context, String verb, ResourceKind kind, String subresource, String namespace)
			throws KubeException;

	/** What {@link #access} remembers, without asking: for enabling menus on the UI thread. */
	Optional<Access> knownAccess(String context, String verb, ResourceKind kind, String subresource,
			String namespace);

	/** Forgets what was learned about a context's user (its kubeconfig entry changed). */
	void forget(String context);
}
