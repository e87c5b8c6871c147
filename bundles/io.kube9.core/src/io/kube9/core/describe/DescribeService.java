package io.kube9.core.describe;

import io.kube9.core.errors.KubeException;
import io.kube9.core.resources.ResourceRef;

/** What {@code kubectl describe} would say about an object, built from the API. Blocks on I/O. */
public interface DescribeService {

	/**
	 * The object's identity, owner, status conditions, a pod's containers and volumes, a workload's replicas,
	 * and the events about it, newest first, warnings marked. Secret values never appear.
	 */
	String describe(ResourceRef ref) throws KubeException;
}
