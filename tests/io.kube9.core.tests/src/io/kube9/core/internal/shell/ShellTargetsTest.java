package io.kube9.core.internal.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kube9.core.shell.ShellTarget;
import io.kubernetes.client.openapi.models.V1Container;
import io.kubernetes.client.openapi.models.V1ContainerState;
import io.kubernetes.client.openapi.models.V1ContainerStateRunning;
import io.kubernetes.client.openapi.models.V1ContainerStateTerminated;
import io.kubernetes.client.openapi.models.V1ContainerStateWaiting;
import io.kubernetes.client.openapi.models.V1ContainerStatus;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import io.kubernetes.client.openapi.models.V1Pod;
import io.kubernetes.client.openapi.models.V1PodSpec;
import io.kubernetes.client.openapi.models.V1PodStatus;

/** Where a shell can run, read from a pod's status (the cluster's pods in ShellTest). */
class ShellTargetsTest {

	@Test
	void aRunningContainerTakesAShellAndIsPreferredOverOneThatWaits() {
		ShellTarget target = ShellTargets.of("ctx", pod("Running",
				status("sidecar", new V1ContainerState().waiting(new V1ContainerStateWaiting()
						.reason("CrashLoopBackOff"))),
				status("app", new V1ContainerState().running(new V1ContainerStateRunning()))));

		assertEquals(List.of("sidecar", "app"), target.containers().stream().map(ShellTarget.Container::name)
				.toList());
		assertEquals("app", target.preferred().orElseThrow().name());
		assertNull(target.containers().get(1).refusal());
		String refusal = target.containers().get(0).refusal();
		assertTrue(refusal.contains("sidecar") && refusal.contains("CrashLoopBackOff"), refusal);
		assertTrue(target.refusal().isEmpty());
	}

	@Test
	void aTerminatedPodRefusesEveryContainerSayingItsPhase() {
		ShellTarget target = ShellTargets.of("ctx", pod("Succeeded",
				status("sidecar", new V1ContainerState().terminated(new V1ContainerStateTerminated()
						.reason("Completed"))),
				status("app", new V1ContainerState().terminated(new V1ContainerStateTerminated()
						.reason("Completed")))));

		String refusal = target.refusal().orElseThrow();
		assertTrue(refusal.contains("has terminated (Succeeded)"), refusal);
		assertTrue(target.containers().stream().noneMatch(ShellTarget.Container::running));
		assertEquals("Completed", target.containers().get(1).state());
	}

	@Test
	void aContainerWithoutStatusIsNotRunningYet() {
		ShellTarget target = ShellTargets.of("ctx", pod("Pending"));

		assertEquals("Pending", target.containers().get(0).state());
		assertTrue(target.refusal().orElseThrow().contains("is not running (Pending)"), target.refusal()::get);
	}

	private static V1Pod pod(String phase, V1ContainerStatus... statuses) {
		return new V1Pod().metadata(new V1ObjectMeta().name("p").namespace("ns"))
				.spec(new V1PodSpec().containers(List.of(new V1Container().name("sidecar"),
						new V1Container().name("app"))))
				.status(new V1PodStatus().phase(phase).containerStatuses(List.of(statuses)));
	}

	private static V1ContainerStatus status(String name, V1ContainerState state) {
		return new V1ContainerStatus().name(name).state(state);
	}
}
